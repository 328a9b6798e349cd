package org.skynetkg.link;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How alike two labels are, 0..1: 1.0 when their normalised forms are equal, otherwise the mean of the
 * Jaccard index of their token sets and the Jaro-Winkler similarity of their normalised strings.
 */
public final class Similarity {
    private Similarity() {}

    public static double labels(String a, String b) {
        List<String> ta = LabelNormaliser.tokens(a);
        List<String> tb = LabelNormaliser.tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        if (ta.equals(tb)) {
            return 1.0;
        }
        return (jaccard(new HashSet<>(ta), new HashSet<>(tb)) + jaroWinkler(String.join(" ", ta), String.join(" ", tb))) / 2;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return union.isEmpty() ? 0 : (double) common.size() / union.size();
    }

    static double jaroWinkler(String a, String b) {
        if (a.equals(b)) {
            return 1.0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] usedA = new boolean[a.length()];
        boolean[] usedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
                if (!usedB[j] && a.charAt(i) == b.charAt(j)) {
                    usedA[i] = true;
                    usedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (usedA[i]) {
                while (!usedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j++)) {
                    transpositions++;
                }
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
