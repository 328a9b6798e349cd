package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds names in text, longest first and without overlaps: one alternation of all names, where white space,
 * hyphens and curly apostrophes are matched loosely; abbreviations are matched case-sensitively.
 */
final class NameMatcher<T> {
    private final Pattern names;
    private final Pattern abbreviations;
    private final Map<String, T> byName = new HashMap<>();

    NameMatcher(Map<String, T> names, Map<String, T> abbreviations) {
        names.forEach((n, v) -> byName.put(Gazetteer.normalise(loose(n)), v));
        abbreviations.forEach((n, v) -> byName.put("abbr:" + n, v));
        // Names are matched in lower-cased text with lower-cased names: much faster than a case-insensitive regex.
        this.names = alternation(names.keySet().stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet()), 0);
        this.abbreviations = alternation(abbreviations.keySet(), 0);
    }

    List<Span<T>> find(String text) {
        List<Span<T>> found = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() == text.length()) {
            collect(names, lower, text, found, false);
        } else {
            collect(caseInsensitive(), text, text, found, false);
        }
        collect(abbreviations, text, text, found, true);
        found.sort(Comparator.comparingInt(Span::start));
        return found;
    }

    /** Finds in {@code searched} (the text, or the text lower-cased: same length), reports spans of {@code text}. */
    private void collect(Pattern p, String searched, String text, List<Span<T>> found, boolean abbreviation) {
        if (p == null) {
            return;
        }
        Matcher m = p.matcher(searched);
        while (m.find()) {
            String surface = text.substring(m.start(), m.end());
            String key = abbreviation ? "abbr:" + surface : Gazetteer.normalise(loose(surface));
            T value = byName.get(key);
            if (value != null && found.stream().noneMatch(s -> s.start() < m.end() && m.start() < s.end())) {
                found.add(new Span<>(m.start(), m.end(), value, surface));
            }
        }
    }

    /** For the rare text whose lower-case form has another length (some non-Latin letters). */
    private Pattern caseInsensitive() {
        return Pattern.compile(names.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static final Pattern HYPHEN = Pattern.compile("\\s*-\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static String loose(String s) {
        String t = s.replace('’', '\'').replace('‐', '-');
        return SPACES.matcher(HYPHEN.matcher(t).replaceAll("-")).replaceAll(" ");
    }

    private static Pattern alternation(java.util.Set<String> names, int flags) {
        if (names.isEmpty()) {
            return null;
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder b = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            b.append(i == 0 ? "" : "|").append(regexOf(sorted.get(i)));
        }
        return Pattern.compile(b.append(")(?![\\p{L}\\p{N}])").toString(), flags);
    }

    static String regexOf(String name) {
        StringBuilder b = new StringBuilder();
        for (String token : loose(name).strip().split("(?<=[ '\\-])|(?=[ '\\-])")) {
            switch (token) {
                case " " -> b.append("\\s+");
                case "'" -> b.append("['’]");
                case "-" -> b.append("\\s*[-‐–]?\\s*");
                default -> b.append(Pattern.quote(token));
            }
        }
        return b.toString();
    }
}
