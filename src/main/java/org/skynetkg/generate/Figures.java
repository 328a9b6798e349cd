package org.skynetkg.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random but plausible figures and their wording: counts of people, amounts of money, qualifiers. A figure of one
 * operation, measure and period (its key) is drawn once: the documents that report it restate it, exactly or
 * rounded ("more than 3,500" for 3,517), and one in {@value #DISAGREE} disagrees, as real reports sometimes do.
 */
final class Figures {
    static final int DISAGREE = 40;
    private final Map<String, Long> truths = new HashMap<>();
    /** A figure as written in the text, and as the gold file states it. */
    record Figure(String text, BigDecimal value, String unit, String qualifier) {
    }

    private final SplittableRandom random;

    Figures(SplittableRandom random) {
        this.random = random;
    }

    int between(int lo, int hi) {
        return random.nextInt(lo, hi + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** The figure of {@code key}: drawn once, then the same for every report of it, but for the odd one out. */
    private long truth(String key, long lo, long hi) {
        long n = truths.computeIfAbsent(key, k -> random.nextLong(lo, hi + 1));
        return random.nextInt(DISAGREE) == 0 ? random.nextLong(lo, hi + 1) : n;
    }

    /** A count of people, sometimes rounded down to hundreds with "more than", or to hundreds with "about". */
    Figure people(String key, int lo, int hi) {
        long n = truth(key, lo, hi);
        int r = random.nextInt(10);
        if (r >= 6 && n >= 200) {
            boolean atLeast = r < 8;
            long rounded = atLeast ? n / 100 * 100 : Math.round(n / 100.0) * 100;
            return new Figure((atLeast ? "more than " : "about ") + String.format("%,d", rounded), BigDecimal.valueOf(rounded),
                    "person", atLeast ? "atLeast" : "about");
        }
        return new Figure(String.format("%,d", n), BigDecimal.valueOf(n), "person", "exact");
    }

    /** An exact count of people (subsets are written without qualifier). */
    Figure exactPeople(String key, int lo, int hi) {
        long n = truth(key, lo, hi);
        return new Figure(String.format("%,d", n), BigDecimal.valueOf(n), "person", "exact");
    }

    /**
     * An amount in yuan: "12.5 billion yuan", "RMB 4.1 billion" or "830 million yuan", sometimes "about" or
     * "more than" the amount rounded to a tenth of a billion.
     */
    Figure yuan(String key) {
        long cents = truth(key, 12, 3000);   // hundredths of a billion: 0.12 to 30 billion yuan
        String[] q = qualifier();
        if (cents < 100) {
            long millions = cents * 10;
            return new Figure(q[0] + millions + " million yuan", BigDecimal.valueOf(millions * 1_000_000L), "CNY", q[1]);
        }
        BigDecimal billions = BigDecimal.valueOf(cents, 2);
        if (!q[1].equals("exact")) {
            billions = billions.setScale(1, q[1].equals("atLeast") ? RoundingMode.DOWN : RoundingMode.HALF_UP);
        }
        billions = billions.stripTrailingZeros();
        String number = billions.toPlainString();
        if (chance(0.3)) {
            // The extractor reads no qualifier before a currency prefix ("more than RMB 2.7 billion"): written exact.
            return new Figure("RMB " + number + " billion", billions.movePointRight(9), "CNY", "exact");
        }
        return new Figure(q[0] + number + " billion yuan", billions.movePointRight(9), "CNY", q[1]);
    }

    private String[] qualifier() {
        int r = random.nextInt(10);
        return r < 6 ? new String[] {"", "exact"} : r < 8 ? new String[] {"more than ", "atLeast"}
                : new String[] {"about ", "about"};
    }
}
