package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.List;
import org.skynetkg.document.Sentence;

/**
 * Turns the figures of a sentence into outcomes of the operation they belong to. A figure is kept only when
 * its measure is certain: an amount of money with a recovery verb, or a count of people whose kind is named
 * right after the number in a sentence with a return verb. Subsets ("including 22 ...") point to their total.
 */
final class OutcomeRules {
    static final List<String> COUNT_MEASURES = List.of("most-wanted-fugitives-returned",
            "red-notice-fugitives-returned", "officials-returned", "fugitives-returned");

    private final Patterns patterns;
    private final CountMeasures measures;

    OutcomeRules(Patterns patterns) {
        this.patterns = patterns;
        this.measures = new CountMeasures(patterns);
    }

    /** A figure with the operation it belongs to, decided by the extractor. */
    record Assigned(Figure figure, Owner owner, Period period) {
        OperationRef op() {
            return owner.operation();
        }
    }

    void apply(Sentence s, List<Assigned> figures, List<OutcomeFact> outcomes, List<String> notes,
               Integer anchor, boolean operationNamed, boolean continuesTotal) {
        String text = s.text();
        boolean domestic = patterns.find("figure.domestic", text);
        boolean people = anchor != null || patterns.find("verb.return-people", text)
                || continuesTotal && patterns.find("marker.subset", text) && !domestic;
        boolean money = patterns.find("verb.recover-assets", text);
        Integer sentenceTotal = anchor != null && outcomes.get(anchor).measure().equals("fugitives-returned") ? anchor : null;
        boolean byManner = figures.stream().anyMatch(a -> patterns.find("figure.manner", a.figure().after()));
        String previousMeasure = null;
        boolean listed = false;
        for (Assigned a : figures) {
            Figure f = a.figure();
            String measure;
            String rule;
            if (f.money()) {
                if (!money) {
                    notes.add(note(s, f, "an amount with no recovery verb in the sentence"));
                    continue;
                }
                if (patterns.find("figure.money.not-recovered", text.substring(previousMoneyEnd(figures, a), f.start()))
                        || patterns.find("figure.money.not-recovered.after", text.substring(f.end()))) {
                    notes.add(note(s, f, "an amount involved in cases, not recovered"));
                    continue;
                }
                if (patterns.find("figure.money.ambiguous-comma", text.substring(f.start(), f.end()))) {
                    notes.add(note(s, f, "a comma that may be a decimal comma: the amount is not certain"));
                    continue;
                }
                if (patterns.find("figure.single-case", text.substring(f.end()))) {
                    notes.add(note(s, f, "an amount of one case"));
                    continue;
                }
                measure = "assets-recovered";
                rule = "verb.recover-assets";
            } else {
                String before = text.substring(previousEnd(figures, a), f.start());
                // "information on 22 and 50 fugitives": both numbers are of the list
                listed = patterns.find("figure.not-outcome.before", before)
                        || listed && patterns.find("figure.coordinated-before", before);
                if (listed) {
                    notes.add(note(s, f, "a target or a list, not a result"));
                    continue;
                }
                measure = measures.of(text, f, before, operationNamed, previousMeasure);
                // "Four were on the Red Notice list", right after a total: a part of it, even without a verb.
                boolean continues = measure != null && !measure.equals("fugitives-returned") && continuesTotal && !domestic;
                if (measure == null || !people && !continues) {
                    notes.add(note(s, f, measure == null ? "not a count of returned people or an amount" : "no return verb in the sentence"));
                    continue;
                }
                if (measure.equals("fugitives-returned") && !operationNamed && patterns.find("figure.partitive", f.after())) {
                    notes.add(note(s, f, "a part of an earlier total"));
                    continue;
                }
                if (measure.equals("fugitives-returned") && patterns.find("figure.subcategory", f.after())) {
                    notes.add(note(s, f, "the fugitives of one kind of crime, not all of them"));
                    continue;
                }
                if (measure.equals("fugitives-returned") && byManner && !patterns.find("figure.total-before", before)) {
                    notes.add(note(s, f, "a part of a total by manner of return"));
                    continue;
                }
                rule = "measure." + measure;
            }
            Integer subsetOf = null;
            if (!measure.equals("fugitives-returned") && !measure.equals("assets-recovered")) {
                subsetOf = sentenceTotal != null ? sentenceTotal
                        : patterns.before("marker.subset", text, f.start()) || !people ? lastTotal(outcomes, a.op()) : null;
            }
            if (!f.money()) {
                previousMeasure = measure;
            }
            OutcomeFact fact = new OutcomeFact(a.op(), measure, f.value(), f.money() ? f.unit() : "person", f.qualifier(),
                    a.period() == null ? null : a.period().start(), a.period() == null ? null : a.period().end(), subsetOf,
                    text.substring(f.start(), f.end()), new Evidence(s, rule), a.owner());
            outcomes.add(fact);
            if (measure.equals("fugitives-returned") && (sentenceTotal == null || sentenceTotal.equals(anchor))) {
                sentenceTotal = outcomes.size() - 1;
            }
        }
    }

    /** Where the words about an amount start: after the amount before it ("involved" may precede a count of people). */
    private static int previousMoneyEnd(List<Assigned> figures, Assigned a) {
        int i = figures.indexOf(a);
        for (int j = i - 1; j >= 0; j--) {
            if (figures.get(j).figure().money()) {
                return figures.get(j).figure().end();
            }
        }
        return Math.max(0, a.figure().start() - 100);
    }

    private static int previousEnd(List<Assigned> figures, Assigned a) {
        int i = figures.indexOf(a);
        return i <= 0 ? Math.max(0, a.figure().start() - 60) : figures.get(i - 1).figure().end();
    }

    private static Integer lastTotal(List<OutcomeFact> outcomes, OperationRef op) {
        for (int i = outcomes.size() - 1; i >= 0; i--) {
            if (outcomes.get(i).measure().equals("fugitives-returned") && outcomes.get(i).operation().equals(op)) {
                return i;
            }
        }
        return null;
    }

    static String note(Sentence s, Figure f, String why) {
        return "sentence " + (s.index() + 1) + ": left out '" + s.text().substring(f.start(), f.end()) + "': " + why;
    }
}
