package org.skynetkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.skynetkg.document.Sentence;

/**
 * The document's figures read together, after each has its owner: a rounded figure that restates an exact one
 * ("more than 1,000" beside "1,335") is the same figure; a figure given to an operation only by the figures before
 * it or by the document, and several times larger than one its text dates, is a running total; of two different
 * figures for the same operation, measure and period, the one tied more firmly to it stands, and of two tied alike,
 * the larger (the others are its parts: by city, by manner of return). Subsets of a figure left out go with it.
 */
final class OutcomeChecks {
    /** How many times a dated figure an undated one of the same operation may reach before it is a running total. */
    private static final BigDecimal RUNNING_TOTAL = BigDecimal.valueOf(2);

    private OutcomeChecks() {}

    /** A figure of a heading: not an outcome of its own, but it may give the exact value the text rounds. */
    record Heading(Sentence sentence, Figure figure) {
    }

    static List<OutcomeFact> apply(List<OutcomeFact> input, List<Heading> headings, List<String> notes) {
        List<OutcomeFact> facts = new ArrayList<>(input);
        for (int i = 0; i < facts.size(); i++) {
            facts.set(i, preciseFromHeading(facts.get(i), headings, notes));
        }
        for (int i = 0; i < facts.size(); i++) {
            facts.set(i, totalOfOfficials(facts.get(i), facts, notes));
        }
        List<String> keys = facts.stream().map(OutcomeFact::key).toList();
        String[] why = new String[facts.size()];
        for (int i = 0; i < facts.size(); i++) {
            OutcomeFact o = facts.get(i);
            if (o.subsetOf() == null && o.owner().strength() == Owner.DOCUMENT && !o.measure().equals("fugitives-returned")
                    && !o.money()) {
                why[i] = "a part (" + o.measure() + ") of no total, given to " + o.operation() + " by the document alone: "
                        + "most likely counted since the campaigns began";
            }
            for (int j = 0; j < facts.size() && why[i] == null; j++) {
                OutcomeFact other = facts.get(j);
                if (i == j || !keys.get(i).equals(keys.get(j))) {
                    continue;
                }
                if (roundingOf(o, other)) {
                    why[i] = "restates '" + other.surface() + "' rounded";
                    moveSubsets(facts, i, j);
                } else if (o.owner().strength() <= Owner.CARRIED && other.owner().strength() >= Owner.PERIOD
                        && o.value().compareTo(other.value().multiply(RUNNING_TOTAL)) > 0) {
                    why[i] = "several times the figure of " + other.operation() + " its text dates ('" + other.surface()
                            + "'): a running total";
                }
            }
        }
        for (int i = 0; i < facts.size(); i++) {
            for (int j = 0; j < facts.size() && why[i] == null; j++) {
                OutcomeFact o = facts.get(i);
                OutcomeFact other = facts.get(j);
                if (i != j && why[j] == null && keys.get(i).equals(keys.get(j)) && samePeriod(o, other)
                        && o.value().compareTo(other.value()) != 0
                        && weaker(o, other)) {
                    why[i] = "another figure for " + o.operation() + " and the same period stands ('" + other.surface()
                            + "', " + (o.owner().strength() < other.owner().strength() ? "named more firmly" : "larger") + ")";
                }
            }
        }
        for (int i = 0; i < facts.size(); i++) {
            Integer total = facts.get(i).subsetOf();
            if (why[i] == null && total != null && why[total] != null) {
                why[i] = "a part of '" + facts.get(total).surface() + "', which was left out";
            }
        }
        return keep(facts, why, notes);
    }

    /**
     * "more than 850" in the text and "857" in its headline: the headline gives the exact figure the text rounds, and
     * becomes its evidence.
     */
    private static OutcomeFact preciseFromHeading(OutcomeFact o, List<Heading> headings, List<String> notes) {
        if (o.qualifier().equals("exact")) {
            return o;
        }
        for (Heading h : headings) {
            Figure f = h.figure();
            boolean sameUnit = f.money() ? o.unit().equals(f.unit()) : !o.money();
            if (sameUnit && f.qualifier().equals("exact") && f.value().compareTo(o.value()) != 0
                    && roundingOf(o.qualifier(), o.value(), f.value())) {
                String surface = h.sentence().text().substring(f.start(), f.end());
                notes.add("sentence " + (o.evidence().sentence().index() + 1) + ": '" + o.surface() + "' is '" + surface
                        + "' of the heading, sentence " + (h.sentence().index() + 1));
                return new OutcomeFact(o.operation(), o.measure(), f.value(), o.unit(), "exact", o.periodStart(), o.periodEnd(),
                        o.subsetOf(), surface, new Evidence(h.sentence(), "heading.precise"), o.owner());
            }
        }
        return o;
    }

    /**
     * "Fox Hunt 2014, in which 680 officials who fled were arrested": a count of officials that is no part of a
     * total, and the only count of people the document gives for its operation, is that operation's total.
     */
    private static OutcomeFact totalOfOfficials(OutcomeFact o, List<OutcomeFact> facts, List<String> notes) {
        if (!o.measure().equals("officials-returned") || o.subsetOf() != null || o.owner().strength() < Owner.PERIOD
                || facts.stream().anyMatch(x -> x != o && x.operation().equals(o.operation()) && !x.money())) {
            return o;
        }
        notes.add("sentence " + (o.evidence().sentence().index() + 1) + ": '" + o.surface() + "' officials, the only count "
                + "of " + o.operation() + ": its total of people returned");
        return new OutcomeFact(o.operation(), "fugitives-returned", o.value(), o.unit(), o.qualifier(), o.periodStart(),
                o.periodEnd(), null, o.surface(), o.evidence(), o.owner());
    }

    /** The parts of a figure that restates another become parts of the other. */
    private static void moveSubsets(List<OutcomeFact> facts, int from, int to) {
        for (int k = 0; k < facts.size(); k++) {
            if (Integer.valueOf(from).equals(facts.get(k).subsetOf())) {
                facts.set(k, facts.get(k).withSubsetOf(to));
            }
        }
    }

    /** "more than 1,000" beside "1,335": the rounded figure covers the exact one. */
    private static boolean roundingOf(OutcomeFact rounded, OutcomeFact exact) {
        return exact.qualifier().equals("exact") && roundingOf(rounded.qualifier(), rounded.value(), exact.value());
    }

    private static boolean roundingOf(String qualifier, BigDecimal rounded, BigDecimal exact) {
        if (qualifier.equals("exact")) {
            return false;
        }
        BigDecimal step = BigDecimal.ONE.movePointRight(trailingZeros(rounded));
        BigDecimal diff = exact.subtract(rounded);
        return qualifier.equals("atLeast") ? diff.signum() >= 0 && diff.compareTo(step) < 0 : diff.abs().compareTo(step) < 0;
    }

    private static int trailingZeros(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return Math.max(0, -s.scale());
    }

    private static boolean samePeriod(OutcomeFact a, OutcomeFact b) {
        return Objects.equals(a.periodStart(), b.periodStart())
                && Objects.equals(a.periodEnd(), b.periodEnd());
    }

    /** Whether {@code a} gives way to {@code b}: tied less firmly to the operation, or alike and smaller. */
    private static boolean weaker(OutcomeFact a, OutcomeFact b) {
        int byStrength = Integer.compare(a.owner().strength(), b.owner().strength());
        return byStrength < 0 || byStrength == 0 && a.value().compareTo(b.value()) < 0;
    }

    private static List<OutcomeFact> keep(List<OutcomeFact> facts, String[] why, List<String> notes) {
        int[] newIndex = new int[facts.size()];
        List<OutcomeFact> kept = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            OutcomeFact o = facts.get(i);
            if (why[i] != null) {
                notes.add("sentence " + (o.evidence().sentence().index() + 1) + ": left out '" + o.surface() + "': " + why[i]);
                newIndex[i] = -1;
                continue;
            }
            newIndex[i] = kept.size();
            kept.add(o);
        }
        List<OutcomeFact> out = new ArrayList<>(kept.size());
        for (OutcomeFact o : kept) {
            Integer total = o.subsetOf();
            out.add(total == null || newIndex[total] < 0 ? o.withSubsetOf(null) : o.withSubsetOf(newIndex[total]));
        }
        return out;
    }
}
