package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds names in text, longest first and without overlaps, at word starts only. Names are compared with the text
 * lower-cased, with curly apostrophes and hyphen variants folded and with a hyphen in a name also matching a space
 * or nothing ("Sky-Net", "Sky Net", "SkyNet"); abbreviations are compared as written. Names are indexed by their
 * first word, so a sentence is read once instead of trying every name at every position.
 */
final class NameMatcher<T> {
    private record Candidate<T>(String name, T value) {
    }

    private final Map<String, List<Candidate<T>>> byFirstWord = new HashMap<>();
    private final Map<String, T> abbreviations;

    NameMatcher(Map<String, T> names, Map<String, T> abbreviations) {
        names.forEach((name, value) -> {
            for (String variant : variants(fold(name.toLowerCase(Locale.ROOT)).strip().replaceAll("\\s+", " "))) {
                byFirstWord.computeIfAbsent(firstWord(variant, 0), k -> new ArrayList<>()).add(new Candidate<>(variant, value));
            }
        });
        byFirstWord.values().forEach(l -> l.sort(Comparator.comparingInt((Candidate<T> c) -> c.name().length()).reversed()));
        this.abbreviations = Map.copyOf(abbreviations);
    }

    List<Span<T>> find(String text) {
        List<Span<T>> found = new ArrayList<>();
        String lower = fold(text.toLowerCase(Locale.ROOT));
        boolean sameLength = lower.length() == text.length();
        for (int i = 0; i < text.length(); i++) {
            if (!isWordStart(text, i)) {
                continue;
            }
            int end = sameLength ? matchName(lower, i, found) : -1;
            if (end < 0) {
                end = matchAbbreviation(text, i, found);
            }
            if (end > i) {
                i = end - 1;
            }
        }
        return withSurfaces(text, found);
    }

    private int matchName(String lower, int at, List<Span<T>> found) {
        List<Candidate<T>> candidates = byFirstWord.get(firstWord(lower, at));
        if (candidates == null) {
            return -1;
        }
        for (Candidate<T> c : candidates) {
            int end = at + c.name().length();
            if (lower.startsWith(c.name(), at) && (end == lower.length() || !isWordChar(lower.charAt(end)))) {
                found.add(new Span<>(at, end, c.value(), null));
                return end;
            }
        }
        return -1;
    }

    private int matchAbbreviation(String text, int at, List<Span<T>> found) {
        int wordEnd = at;
        while (wordEnd < text.length() && isWordChar(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(at, wordEnd);
        T value = abbreviations.get(word);
        if (value == null) {
            return -1;
        }
        found.add(new Span<>(at, at + word.length(), value, word));
        return at + word.length();
    }

    /** The surface of each span, filled in from the original text. */
    private static <T> List<Span<T>> withSurfaces(String text, List<Span<T>> spans) {
        List<Span<T>> out = new ArrayList<>(spans.size());
        spans.forEach(s -> out.add(new Span<>(s.start(), s.end(), s.value(), text.substring(s.start(), s.end()))));
        return out;
    }

    private static List<String> variants(String name) {
        if (!name.contains("-")) {
            return List.of(name);
        }
        return List.of(name, name.replace('-', ' '), name.replace("-", ""));
    }

    /** Same length as the input: curly apostrophes and dash variants become ASCII. */
    private static String fold(String s) {
        return s.replace('’', '\'').replace('‘', '\'').replace('‐', '-').replace('–', '-');
    }

    private static String firstWord(String s, int from) {
        int end = from;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '\'')) {
            end++;
        }
        return s.substring(from, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isWordStart(String s, int i) {
        return isWordChar(s.charAt(i)) && (i == 0 || !isWordChar(s.charAt(i - 1)));
    }
}
