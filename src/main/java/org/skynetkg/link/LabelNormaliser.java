package org.skynetkg.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Puts names into a comparable form: lower case, accents and punctuation removed ("People's" becomes
 * "peoples"), a parenthesised qualifier dropped ("Ministry of Public Security (China)"), the word "the"
 * and legal-form suffixes ("Inc", "Ltd", "Co") removed, spaces collapsed.
 */
public final class LabelNormaliser {
    private static final Set<String> STOP = Set.of("the");
    private static final Set<String> SUFFIXES = Set.of("inc", "ltd", "llc", "co", "corp", "plc", "gmbh", "sa", "ag");

    private LabelNormaliser() {}

    public static String normalise(String label) {
        return String.join(" ", tokens(label));
    }

    public static List<String> tokens(String label) {
        String s = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\([^)]*\\)", " ")
                .replaceAll("['\u2019`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        List<String> tokens = new ArrayList<>(s.isEmpty() ? List.of() : Arrays.asList(s.split(" ")));
        tokens.removeIf(STOP::contains);
        while (tokens.size() > 1 && SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens;
    }
}
