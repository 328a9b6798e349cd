package org.skynetkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skynetkg.document.Sentence;

/**
 * The figures of one Chinese document, sentence by sentence, with what the document has given so far: its totals
 * (a part's total), the first figure of each operation's measure (a later, different one is a breakdown of it; a
 * more precise one replaces its rounding), and the operation named last. Headings are read after the text: their
 * figures count only where the text gives none.
 */
final class ChineseFigurePass {
    /** What the reader knows of a sentence and the document. */
    record Sentences(Sentence sentence, List<Span<OperationRef>> named, List<Span<String>> series, List<Period> periods) {
    }

    private final ChineseOwners owners;
    private final List<String> notes;
    private final List<OutcomeFact> outcomes = new ArrayList<>();
    private final Map<String, OutcomeFact> firsts = new LinkedHashMap<>();
    private Integer total;

    ChineseFigurePass(ChineseOwners owners, List<String> notes) {
        this.owners = owners;
        this.notes = notes;
    }

    List<OutcomeFact> outcomes() {
        return outcomes;
    }

    void read(Sentences in, List<ChineseFigures.Found> found, OperationRef last, boolean heading) {
        Sentence s = in.sentence();
        for (ChineseFigures.Found f : found) {
            String where = "sentence " + (s.index() + 1) + ": left out " + f.surface() + ": ";
            if (f.excluded() != null) {
                notes.add(where + f.excluded());
                continue;
            }
            Period period = before(in.periods(), f.start());
            boolean part = f.part() && f.unit().equals("person") && !f.measure().equals("fugitives-returned");
            OutcomeFact totalFact = part && total != null ? outcomes.get(total) : null;
            if (f.measure().equals("most-wanted-fugitives-returned") && period == null && totalFact == null
                    && in.named().stream().noneMatch(n -> n.start() < f.start())) {
                notes.add(where + "a count of the 2015 list of the hundred most wanted so far, not one year's");
                continue;
            }
            Owner owner = owners.of(f, in, period, totalFact, last);
            if (owner == null) {
                notes.add(where + "no operation named for it");
                continue;
            }
            String measure = f.measure();
            if (f.way() != null) {
                // A way of return outside a breakdown: a capture is the total, or a part of the total given already.
                OutcomeFact given = firsts.get(owner.operation() + "|fugitives-returned|person");
                if (!f.capture()) {
                    notes.add(where + "a way of return (" + f.way() + ") outside a breakdown of a total");
                    continue;
                }
                if (given != null) {
                    notes.add(where + (given.value().compareTo(f.value()) == 0 ? "restates the total"
                            : "a capture count beside the total given already: a part of it, or another count"));
                    continue;
                }
                measure = "fugitives-returned";
            }
            if (heading && firsts.containsKey(owner.operation() + "|" + measure + "|" + f.unit())) {
                notes.add(where + "in a heading, which restates the text");
                continue;
            }
            add(s, f, measure, owner, period, totalFact, where);
        }
    }

    private void add(Sentence s, ChineseFigures.Found f, String measure, Owner owner, Period period, OutcomeFact totalFact,
                     String where) {
        boolean ofTotal = totalFact != null && totalFact.operation().equals(owner.operation());
        boolean inherit = ofTotal && period == null;
        String key = owner.operation() + "|" + measure + "|" + f.unit();
        OutcomeFact first = firsts.get(key);
        boolean ownPeriod = period != null && first != null && !period.end().equals(first.periodEnd());
        if (first != null && first.value().compareTo(f.value()) != 0 && !ownPeriod) {
            boolean rounding = roundedAlike(first.value(), f.value());
            if (!rounding || precision(f.value()) <= precision(first.value())) {
                notes.add(where + "the document gave " + first.value().toPlainString() + " for it already: "
                        + (rounding ? "a rounding of it" : "a breakdown of that figure"));
                return;
            }
            // "追赃19亿元" in the headline, "19.37亿元" in the text: the precise one stands for both.
            int at = outcomes.indexOf(first);
            outcomes.set(at, new OutcomeFact(first.operation(), first.measure(), f.value(), f.unit(), f.qualifier(),
                    first.periodStart(), first.periodEnd(), first.subsetOf(), f.surface(),
                    new Evidence(s, "zh.measure." + measure), first.owner()));
            firsts.put(key, outcomes.get(at));
            notes.add(where + "replaces " + first.value().toPlainString() + ", its rounding");
            return;
        }
        OutcomeFact o = new OutcomeFact(owner.operation(), measure, f.value(), f.unit(), f.qualifier(),
                inherit ? totalFact.periodStart() : period == null ? null : period.start(),
                inherit ? totalFact.periodEnd() : period == null ? null : period.end(),
                ofTotal ? Integer.valueOf(outcomes.indexOf(totalFact)) : null,
                f.surface(), new Evidence(s, "zh.measure." + measure), owner);
        outcomes.add(o);
        firsts.putIfAbsent(key, o);
        if (measure.equals("fugitives-returned") && f.unit().equals("person")) {
            total = outcomes.size() - 1;
        }
    }

    /** Whether one value is the other rounded to its last significant digit (1,900,000,000 and 1,932,000,000). */
    static boolean roundedAlike(BigDecimal a, BigDecimal b) {
        BigDecimal rough = precision(a) < precision(b) ? a : b;
        BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-rough.stripTrailingZeros().scale());
        return a.subtract(b).abs().compareTo(step) < 0 && precision(rough) < Math.max(precision(a), precision(b));
    }

    private static int precision(BigDecimal v) {
        return v.stripTrailingZeros().precision();
    }

    private static Period before(List<Period> periods, int at) {
        Period p = null;
        for (Period q : periods) {
            if (q.from() < at) {
                p = q;
            }
        }
        return p;
    }
}
