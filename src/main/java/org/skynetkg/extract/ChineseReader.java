package org.skynetkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skynetkg.document.Announcement;
import org.skynetkg.document.Sentence;

/**
 * Reads the facts of an announcement written in Chinese (simplified or traditional): the same operations, agencies,
 * roles and outcomes as the English reading, with the same identifiers. A figure belongs to the operation named
 * before it in its sentence; else, when its sentence states a period, to that year's Sky Net (or Fox Hunt, named
 * without a year), if the document speaks of Sky Net; a part ("其中…") to its total. What cannot be placed is left
 * out, with a note.
 */
final class ChineseReader {
    private final Gazetteer gazetteer;
    private final ChinesePatterns patterns;
    private final ChineseMentions mentions;
    private final ChineseFigures figures;
    private final ChinesePeriods periods;
    private final ChineseRoles roles;
    private final OperationRules operations;

    ChineseReader(Gazetteer gazetteer, OperationRules operations) {
        this.gazetteer = gazetteer;
        this.patterns = ChinesePatterns.load();
        this.mentions = new ChineseMentions(gazetteer, patterns);
        this.figures = new ChineseFigures(patterns);
        this.periods = new ChinesePeriods(patterns);
        this.roles = new ChineseRoles(patterns, mentions, periods);
        this.operations = operations;
    }

    DocumentFacts extract(Announcement doc) {
        LocalDate published = doc.metadata().published();
        Map<OperationRef, OperationFact> ops = new LinkedHashMap<>();
        List<RoleFact> roleFacts = new ArrayList<>();
        List<OutcomeFact> outcomes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean skyNet = patterns.find("operation.named", ChineseText.fold(doc.text()))
                || doc.text().contains("天网") || doc.text().contains("天網");
        // The operations the document names anywhere (headline included), in order: what it is about, year by year.
        List<OperationRef> topics = new ArrayList<>();
        doc.sentences().forEach(s -> mentions.named(ChineseText.fold(s.text())).forEach(n -> {
            if (valid(n.value()) && !topics.contains(n.value())) {
                topics.add(n.value());
            }
        }));
        OperationRef last = null;
        Integer total = null;
        // The first figure of an operation's measure and period in the document; a later, different one is a part of it.
        Map<String, OutcomeFact> firsts = new LinkedHashMap<>();
        for (Sentence s : doc.sentences()) {
            String text = ChineseText.fold(s.text());
            List<Span<OperationRef>> named = mentions.named(text);
            List<Span<String>> series = mentions.series(text, named);
            for (Span<OperationRef> n : named) {
                if (valid(n.value())) {
                    boolean launch = published != null && n.value().year() == published.getYear()
                            && patterns.find("operation.launch", text);
                    ops.putIfAbsent(n.value(), new OperationFact(n.value(), n.surface(), null, null,
                            new Evidence(s, launch ? "zh.operation.launch" : "zh.operation.named")));
                    last = n.value();
                }
            }
            // A series named without a year in an assignment is of the publication year's plan.
            Integer year = published != null ? Integer.valueOf(published.getYear()) : last == null ? null : last.year();
            List<Period> stated = periods.all(text, published);
            roles.apply(s, text, year, published).stream().filter(r -> valid(r.operation())).forEach(roleFacts::add);
            for (ChineseFigures.Found f : figures.find(text)) {
                String where = "sentence " + (s.index() + 1) + ": left out " + f.surface() + ": ";
                if (f.excluded() != null) {
                    notes.add(where + f.excluded());
                    continue;
                }
                if (s.heading()) {
                    notes.add(where + "in a heading, which restates the text");
                    continue;
                }
                Period period = before(stated, f.start());
                if (f.measure().equals("most-wanted-fugitives-returned") && period == null
                        && named.stream().noneMatch(n -> n.start() < f.start())) {
                    notes.add(where + "a count of the 2015 list of the hundred most wanted so far, not one year's");
                    continue;
                }
                // A part of the people returned: a count of people, not the total itself, after "其中".
                boolean part = f.part() && f.unit().equals("person") && !f.measure().equals("fugitives-returned");
                OutcomeFact totalFact = part && total != null ? outcomes.get(total) : null;
                Owner owner = owner(f, named, series, period, skyNet, topics, totalFact, last);
                if (owner == null) {
                    notes.add(where + "no operation named for it");
                    continue;
                }
                boolean inherit = totalFact != null && totalFact.operation().equals(owner.operation()) && period == null;
                // A second, different figure of the same operation and measure is a breakdown of the first, unless it
                // states a period of its own (an interim figure beside the year's).
                String key = owner.operation() + "|" + f.measure() + "|" + f.unit();
                OutcomeFact first = firsts.get(key);
                boolean ownPeriod = period != null && first != null && !period.end().equals(first.periodEnd());
                if (first != null && first.value().compareTo(f.value()) != 0 && !ownPeriod) {
                    if (!roundedAlike(first.value(), f.value()) || precision(f.value()) <= precision(first.value())) {
                        notes.add(where + "the document gave " + first.value().toPlainString() + " for it already: "
                                + (roundedAlike(first.value(), f.value()) ? "a rounding of it" : "a breakdown of that figure"));
                        continue;
                    }
                    // "追赃19亿元" in the headline, "19.32亿元" in the text: the precise one stands for both.
                    int at = outcomes.indexOf(first);
                    outcomes.set(at, new OutcomeFact(first.operation(), first.measure(), f.value(), f.unit(), f.qualifier(),
                            first.periodStart(), first.periodEnd(), first.subsetOf(), f.surface(),
                            new Evidence(s, "zh.measure." + f.measure()), first.owner()));
                    firsts.put(key, outcomes.get(at));
                    notes.add(where + "replaces " + first.value().toPlainString() + ", its rounding");
                    continue;
                }
                OutcomeFact o = new OutcomeFact(owner.operation(), f.measure(), f.value(), f.unit(), f.qualifier(),
                        inherit ? totalFact.periodStart() : period == null ? null : period.start(),
                        inherit ? totalFact.periodEnd() : period == null ? null : period.end(),
                        totalFact != null && totalFact.operation().equals(owner.operation()) ? total : null,
                        f.surface(), new Evidence(s, "zh.measure." + f.measure()), owner);
                outcomes.add(o);
                firsts.putIfAbsent(key, o);
                if (f.measure().equals("fugitives-returned")) {
                    total = outcomes.size() - 1;
                }
            }
        }
        List<OutcomeFact> checked = OutcomeSets.dedupe(OutcomeChecks.apply(outcomes, List.of(), notes), notes);
        for (OutcomeFact o : checked) {
            ops.putIfAbsent(o.operation(), new OperationFact(o.operation(), null, null, null, o.evidence()));
        }
        for (RoleFact r : roleFacts) {
            ops.putIfAbsent(r.operation(), new OperationFact(r.operation(), null, null, null, r.evidence()));
        }
        operations.linkParents(ops);
        DocumentFacts facts = new DocumentFacts(doc, List.copyOf(ops.values()), dedupe(roleFacts), checked, List.of(),
                notes, warnings);
        if (facts.factCount() == 0) {
            warnings.add(doc.sourceName() + ": no facts recognised (loaded as a document with zero facts)");
        }
        return facts;
    }

    /**
     * Whose figure: the operation named nearest before it in its sentence (else after it); a part's total's; else,
     * with a period stated, that year's operation of the series named without a year in the sentence, or of Sky Net
     * when the document speaks of it; else, with no period, the operation named last in the document.
     */
    private Owner owner(ChineseFigures.Found f, List<Span<OperationRef>> named, List<Span<String>> series, Period period,
                        boolean skyNet, List<OperationRef> topics, OutcomeFact total, OperationRef last) {
        Span<OperationRef> before = null;
        for (Span<OperationRef> n : named) {
            if (n.start() < f.start() && valid(n.value())) {
                before = n;
            }
        }
        if (before == null) {
            before = named.stream().filter(n -> valid(n.value())).findFirst().orElse(null);
        }
        if (before != null) {
            return new Owner(before.value(), Owner.NAMED, "named in its sentence", () -> "");
        }
        if (total != null) {
            return new Owner(total.operation(), Owner.CARRIED, "a part of the total before it", () -> "");
        }
        if (period != null) {
            // The series named in the sentence; else the one the document names for that year; else Sky Net.
            String slug = series.stream().filter(s -> s.start() < f.start()).map(Span::value).reduce((a, b) -> b)
                    .orElseGet(() -> topics.stream().filter(t -> t.year() == period.year()).map(OperationRef::series)
                            .findFirst().orElse(skyNet ? "sky-net" : null));
            OperationRef op = slug == null ? null : new OperationRef(slug, period.year());
            return op != null && valid(op) ? new Owner(op, Owner.PERIOD, "the year of its period", () -> "") : null;
        }
        return last == null ? null : new Owner(last, Owner.CARRIED, "the operation named last", () -> "");
    }

    private boolean valid(OperationRef op) {
        return op.series() != null && gazetteer.series(op.series()).isPresent() && gazetteer.hasYear(op.series(), op.year());
    }

    /** Whether one value is the other rounded to its last significant digit (1,900,000,000 and 1,932,000,000). */
    private static boolean roundedAlike(java.math.BigDecimal a, java.math.BigDecimal b) {
        java.math.BigDecimal rough = precision(a) < precision(b) ? a : b;
        java.math.BigDecimal step = java.math.BigDecimal.ONE.scaleByPowerOfTen(-rough.stripTrailingZeros().scale());
        return a.subtract(b).abs().compareTo(step) < 0 && precision(rough) < Math.max(precision(a), precision(b));
    }

    /** The number of significant digits. */
    private static int precision(java.math.BigDecimal v) {
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

    private static List<RoleFact> dedupe(List<RoleFact> facts) {
        Map<String, RoleFact> seen = new LinkedHashMap<>();
        facts.forEach(f -> seen.putIfAbsent(f.operation() + "|" + f.agency() + "|" + f.role(), f));
        return List.copyOf(seen.values());
    }
}
