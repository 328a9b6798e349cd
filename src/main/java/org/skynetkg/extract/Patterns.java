package org.skynetkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.skynetkg.SkynetException;

/**
 * The extraction patterns, read from {@code patterns.properties}: each key is a rule id, each value a regular
 * expression (case-insensitive unless the key ends in {@code .cs}).
 */
public final class Patterns {
    static final String RESOURCE = "patterns.properties";

    private final Properties props;
    /** Every pattern, compiled once when the file is read: the extractor looks them up for every sentence. */
    private final Map<String, Pattern> compiled;

    private Patterns(Properties props) {
        this.props = props;
        Map<String, Pattern> all = new HashMap<>();
        for (String k : props.stringPropertyNames()) {
            if (!k.endsWith(".slug")) {
                all.put(k, compile(k));
            }
        }
        this.compiled = Map.copyOf(all);
    }

    public static Patterns load() {
        try (InputStream in = Patterns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new SkynetException("extraction patterns not found on the classpath: " + RESOURCE);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Patterns(p);
        } catch (IOException e) {
            throw new SkynetException("cannot read extraction patterns: " + e.getMessage(), e);
        }
    }

    public Pattern get(String key) {
        Pattern p = compiled.get(key);
        if (p == null) {
            throw new SkynetException("no pattern '" + key + "' in " + RESOURCE);
        }
        return p;
    }

    private Pattern compile(String k) {
        // ASCII case folding: the genre is English, and Unicode case folding makes every pattern several times slower.
        int flags = k.endsWith(".cs") ? 0 : Pattern.CASE_INSENSITIVE;
        try {
            return Pattern.compile(value(k), flags);
        } catch (PatternSyntaxException e) {
            throw new SkynetException("pattern '" + k + "' in " + RESOURCE + " is not a valid regex: " + e.getDescription());
        }
    }

    public String value(String key) {
        String v = props.getProperty(key);
        if (v == null) {
            throw new SkynetException("no pattern '" + key + "' in " + RESOURCE);
        }
        return v.strip();
    }

    public boolean find(String key, CharSequence text) {
        return text instanceof String s ? !spans(key, s).isEmpty() : get(key).matcher(text).find();
    }

    /**
     * Every match of the pattern {@code key} in {@code text}, as [start, end) pairs. Several rules ask about the same
     * sentence (once per figure, say): the matches are remembered for the last text this thread asked about.
     */
    public List<int[]> spans(String key, String text) {
        Memo memo = MEMO.get();
        if (memo.text != text) {
            memo.text = text;
            memo.spans.clear();
        }
        return memo.spans.computeIfAbsent(key, k -> {
            List<int[]> out = new ArrayList<>(2);
            Matcher m = get(k).matcher(text);
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
            return out;
        });
    }

    /** The matches found in one text, by pattern: one per thread, as documents are prepared in parallel. */
    private static final class Memo {
        private String text;
        private final Map<String, List<int[]>> spans = new HashMap<>();
    }

    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);
}
