package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the extractor does with a document's outcomes as a set: restated totals, shared periods, repeated claims. */
final class OutcomeSets {
    private OutcomeSets() {}

    /**
     * The figure of a sentence that the next sentences go on about: its first, unless that is the base of a
     * comparison ("up 15 percent from the 1,335 returned in 2018") or a part of a total ("Of the returnees, 738 were
     * captured through Fox Hunt", "Fox Hunt accounted for 398 of the returnees"): the next "of them" is of the total.
     */
    static OutcomeFact context(List<OutcomeFact> sentenceFacts, String text, Patterns patterns) {
        int limit = text.length();
        for (String key : List.of("figure.comparison", "marker.subset")) {
            limit = Math.min(limit, patterns.spans(key, text).stream().mapToInt(m -> m[0]).min().orElse(limit));
        }
        for (OutcomeFact o : sentenceFacts) {
            int at = text.indexOf(o.surface());
            if (at >= 0 && at < limit && !patterns.find("figure.partitive", text.substring(at + o.surface().length()))) {
                return o;
            }
        }
        return null;
    }

    /** "Of the 1,421 fugitives, twelve were ...": a figure that repeats an earlier total anchors the sentence to it. */
    static Integer restated(List<Figure> found, List<OutcomeFact> earlier) {
        for (Figure f : found) {
            for (int i = 0; i < earlier.size(); i++) {
                if (isRestatement(f, earlier.get(i))) {
                    return i;
                }
            }
        }
        return null;
    }

    static boolean isRestatement(Figure f, OutcomeFact o) {
        return o.value().compareTo(f.value()) == 0 && o.unit().equals(f.money() ? f.unit() : "person");
    }

    /**
     * A figure with no period of its own shares the period of its total ("including 22 ..."), or, in a sentence
     * that names no operation with a year or that says "in the same period", that of the earlier figure of the same
     * year ("Fox Hunt 2017 ... accounted for 649 of the returnees").
     */
    static void inheritPeriods(List<OutcomeFact> outcomes, int from, boolean namedInSentence) {
        for (int i = from; i < outcomes.size(); i++) {
            OutcomeFact o = outcomes.get(i);
            if (o.periodStart() != null) {
                continue;
            }
            OutcomeFact source = o.subsetOf() != null ? outcomes.get(o.subsetOf()) : null;
            for (int j = from - 1; source == null && !namedInSentence && j >= 0; j--) {
                if (outcomes.get(j).operation().year() == o.operation().year()) {
                    source = outcomes.get(j);
                }
            }
            if (source != null && source.periodStart() != null) {
                outcomes.set(i, o.withPeriod(source.periodStart(), source.periodEnd()));
            }
        }
    }

    /** The same claim (operation, measure, value, period) stated twice is one outcome; subset indices follow. */
    static List<OutcomeFact> dedupe(List<OutcomeFact> facts, List<String> notes) {
        Map<String, Integer> first = new LinkedHashMap<>();
        int[] newIndex = new int[facts.size()];
        List<OutcomeFact> kept = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            OutcomeFact o = facts.get(i);
            String key = o.operation() + "|" + o.measure() + "|" + o.value().toPlainString() + "|" + o.periodStart() + "|" + o.periodEnd();
            Integer seen = first.get(key);
            if (seen != null) {
                newIndex[i] = seen;
                notes.add("sentence " + (o.evidence().sentence().index() + 1) + ": '" + o.surface() + "' repeats an earlier figure");
                continue;
            }
            first.put(key, kept.size());
            newIndex[i] = kept.size();
            kept.add(o);
        }
        List<OutcomeFact> out = new ArrayList<>();
        for (OutcomeFact o : kept) {
            Integer subset = o.subsetOf() == null ? null : newIndex[o.subsetOf()];
            out.add(o.withSubsetOf(subset));
        }
        return out;
    }
}
