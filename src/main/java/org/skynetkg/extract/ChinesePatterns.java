package org.skynetkg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skynetkg.SkynetException;

/** The patterns of the Chinese reading ({@code patterns-zh.properties}), compiled once, in the file's order. */
final class ChinesePatterns {
    private static final String RESOURCE = "patterns-zh.properties";
    private final Map<String, Pattern> patterns;

    private ChinesePatterns(Map<String, Pattern> patterns) {
        this.patterns = patterns;
    }

    static ChinesePatterns load() {
        try (InputStream in = ChinesePatterns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new SkynetException("the jar lacks " + RESOURCE);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Properties p = new Properties();
            p.load(new StringReader(text));
            Map<String, Pattern> out = new LinkedHashMap<>();
            try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int eq = line.indexOf('=');
                    if (line.isBlank() || line.startsWith("#") || eq < 0) {
                        continue;
                    }
                    String key = line.substring(0, eq).strip();
                    out.put(key, Pattern.compile(p.getProperty(key)));
                }
            }
            return new ChinesePatterns(out);
        } catch (IOException | RuntimeException e) {
            throw new SkynetException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    Matcher matcher(String key, CharSequence text) {
        Pattern p = patterns.get(key);
        if (p == null) {
            throw new IllegalArgumentException("no Chinese pattern " + key);
        }
        return p.matcher(text);
    }

    boolean find(String key, CharSequence text) {
        return matcher(key, text).find();
    }

    /** The keys that start with {@code prefix}, in the file's order. */
    List<String> keys(String prefix) {
        List<String> out = new ArrayList<>();
        patterns.keySet().stream().filter(k -> k.startsWith(prefix)).forEach(out::add);
        return out;
    }
}
