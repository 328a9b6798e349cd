package org.skynetkg.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.skynetkg.SkynetException;

/**
 * The extraction patterns, read from {@code patterns.properties}: each key is a rule id, each value a regular
 * expression (case-insensitive unless the key ends in {@code .cs}). A key {@code K.requires} lists words, one of
 * which occurs (in lower case) in every text that {@code K} matches: a text without any of them is not scanned.
 */
public final class Patterns {
    static final String RESOURCE = "patterns.properties";
    /** The suffix of a key listing the words a pattern needs. */
    static final String REQUIRES = ".requires";

    private final Properties props;
    /** Every pattern, compiled once when the file is read: the extractor looks them up for every sentence. */
    private final Map<String, Pattern> compiled;
    /** The patterns anchored at the start of the text, with no other alternative: tried at the start only. */
    private final java.util.Set<String> anchored;
    /** For a pattern with a {@code .requires} key: the words one of which must occur for it to match. */
    private final Map<String, String[]> requires;

    private Patterns(Properties props) {
        this.props = props;
        Map<String, Pattern> all = new HashMap<>();
        Map<String, String[]> words = new HashMap<>();
        for (String k : props.stringPropertyNames()) {
            if (k.endsWith(REQUIRES)) {
                String pattern = k.substring(0, k.length() - REQUIRES.length());
                if (props.getProperty(pattern) == null) {
                    throw new SkynetException(k + " in " + RESOURCE + " names no pattern");
                }
                words.put(pattern, value(k).toLowerCase(Locale.ROOT).split("\\|"));
            } else if (!k.endsWith(".slug")) {
                all.put(k, compile(k));
            }
        }
        this.compiled = Map.copyOf(all);
        this.anchored = all.entrySet().stream().filter(e -> e.getValue().pattern().startsWith("^") && !e.getValue().pattern().contains("|^"))
                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.requires = Map.copyOf(words);
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

    /** The keys of the patterns whose key starts with the prefix, in alphabetical order. */
    public List<String> keys(String prefix) {
        return compiled.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
    }

    /** Whether the patterns have the key: some rules are optional, one key per series or measure. */
    public boolean has(String key) {
        return compiled.containsKey(key);
    }

    public String value(String key) {
        String v = props.getProperty(key);
        if (v == null) {
            throw new SkynetException("no pattern '" + key + "' in " + RESOURCE);
        }
        return v.strip();
    }

    /**
     * The sentence whose matches this thread remembers, until the next call: several rules ask about the same
     * sentence (once per figure, say). Questions about other texts (the words before a figure) are answered afresh.
     */
    public void focus(String sentence) {
        Memo memo = MEMO.get();
        memo.text = sentence;
        memo.lower = null;
        memo.spans.clear();
    }

    /** The remembered matches, if {@code text} is the sentence in focus. */
    private static Memo memo(String text) {
        Memo memo = MEMO.get();
        return memo.text == text ? memo : null;
    }

    /** False when {@code text} lacks every word the pattern requires, so that the pattern cannot match it. */
    boolean possible(String key, String text) {
        String[] words = requires.get(key);
        if (words == null) {
            return true;
        }
        Memo memo = memo(text);
        String lower = memo != null ? memo.lower() : text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A matcher of the pattern {@code key} over {@code text}, or over "" when the pattern cannot match it. */
    public Matcher matcher(String key, String text) {
        return get(key).matcher(possible(key, text) ? text : "");
    }

    public boolean find(String key, CharSequence text) {
        if (text instanceof String s) {
            if (memo(s) != null) {
                return !spans(key, s).isEmpty();
            }
            if (!possible(key, s)) {
                return false;
            }
            // A pattern anchored at the start ("^...", the words after a figure) is tried there only.
            Matcher m = reused(key, s);
            return anchored.contains(key) ? m.lookingAt() : m.find();
        }
        return get(key).matcher(text).find();
    }

    /** Whether the pattern matches somewhere in {@code text} before {@code at}. */
    public boolean before(String key, String text, int at) {
        for (int[] m : spans(key, text)) {
            if (m[1] <= at) {
                return true;
            }
        }
        return false;
    }

    /** Every match of the pattern {@code key} in {@code text}, as [start, end) pairs (remembered for the sentence in focus). */
    public List<int[]> spans(String key, String text) {
        if (!possible(key, text)) {
            return List.of();
        }
        Memo memo = memo(text);
        return memo == null ? matches(key, text) : memo.spans.computeIfAbsent(key, k -> matches(k, text));
    }

    private List<int[]> matches(String key, String text) {
        List<int[]> out = new ArrayList<>(2);
        Matcher m = reused(key, text);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    /** The matches found in the sentence in focus, by pattern: one per thread, as documents are prepared in parallel. */
    private static final class Memo {
        private String text;
        private String lower;
        private final Map<String, List<int[]>> spans = new HashMap<>();

        String lower() {
            if (lower == null) {
                lower = text.toLowerCase(Locale.ROOT);
            }
            return lower;
        }
    }

    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

    /**
     * This thread's matcher of the pattern, reset to the text: for questions answered before the next one is asked
     * (a matcher per question was a fifth of what the extractor allocated).
     */
    private Matcher reused(String key, String text) {
        Map<String, Matcher> mine = MATCHERS.get();
        Matcher m = mine.get(key);
        if (m == null || m.pattern() != get(key)) {
            m = get(key).matcher(text);
            mine.put(key, m);
            return m;
        }
        return m.reset(text);
    }

    private static final ThreadLocal<Map<String, Matcher>> MATCHERS = ThreadLocal.withInitial(HashMap::new);
}
