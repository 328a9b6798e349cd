package org.skynetkg.evaluate;

import java.util.HashSet;
import java.util.Set;

/** Counts of a comparison with gold facts: true positives, false positives, false negatives. */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public static Score of(Set<String> expected, Set<String> actual) {
        Set<String> tp = new HashSet<>(actual);
        tp.retainAll(expected);
        return new Score(tp.size(), actual.size() - tp.size(), expected.size() - tp.size());
    }

    public Score plus(Score o) {
        return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                falseNegatives + o.falseNegatives);
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format("P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", precision(), recall(), f1(),
                truePositives, falsePositives, falseNegatives);
    }
}
