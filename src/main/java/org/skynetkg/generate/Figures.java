package org.skynetkg.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;

/** Random but plausible figures and their wording: counts of people, amounts of money, qualifiers. */
final class Figures {
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

    /** A count of people, sometimes "more than" or "about". */
    Figure people(int lo, int hi) {
        int n = between(lo, hi);
        String[] q = qualifier();
        return new Figure(q[0] + String.format("%,d", n), BigDecimal.valueOf(n), "person", q[1]);
    }

    /** An exact count of people (subsets are written without qualifier). */
    Figure exactPeople(int lo, int hi) {
        int n = between(lo, hi);
        return new Figure(String.format("%,d", n), BigDecimal.valueOf(n), "person", "exact");
    }

    /** An amount in yuan: "12.5 billion yuan", "RMB 4.1 billion" or "830 million yuan". */
    Figure yuan() {
        String[] q = qualifier();
        if (chance(0.2)) {
            int millions = between(120, 990);
            return new Figure(q[0] + millions + " million yuan", BigDecimal.valueOf(millions * 1_000_000L), "CNY", q[1]);
        }
        BigDecimal billions = BigDecimal.valueOf(between(100, 3000), 2).stripTrailingZeros();
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
