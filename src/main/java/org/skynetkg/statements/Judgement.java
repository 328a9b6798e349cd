package org.skynetkg.statements;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;

/**
 * Which of the values reported for a statement is preferred, which agree with it and which conflict, and why (a
 * notation of the preference scheme). The rule, in order: exact values before hedged ones; then the value most
 * announcements agree with; the more precise; the one an agency of the operations published, then a news
 * organisation of the reference data; the latest published; the smaller. {@code only-value} when every value
 * agrees with the preferred one, {@code exact-value} when only hedged values conflict with it.
 */
record Judgement(ReportedValue preferred, List<ReportedValue> agreeing, List<ReportedValue> conflicting,
                 String reason) {

    static Judgement of(List<ReportedValue> values, boolean money) {
        Map<ReportedValue, ValueRange> ranges = values.stream()
                .collect(Collectors.toMap(Function.identity(), v -> ValueRange.of(v, money)));
        List<ReportedValue> candidates = values.stream().anyMatch(ReportedValue::exact)
                ? values.stream().filter(ReportedValue::exact).toList() : values;
        Map<ReportedValue, Integer> support = candidates.stream().collect(Collectors.toMap(Function.identity(),
                c -> supporters(c, values, ranges).size()));
        List<Comparator<ReportedValue>> rule = List.of(
                Comparator.comparing(support::get, Comparator.reverseOrder()),
                Comparator.comparing(v -> ValueRange.place(v.value())),
                Comparator.comparing(ReportedValue::authority, Comparator.reverseOrder()),
                Comparator.comparing(ReportedValue::latest, Comparator.nullsLast(Comparator.reverseOrder())),
                Comparator.comparing(ReportedValue::value));
        List<String> reasons = List.of("most-sources", "most-precise", "official-source", "latest-source", "smallest-value");
        Comparator<ReportedValue> order = rule.stream().reduce(Comparator::thenComparing).orElseThrow();
        ReportedValue preferred = candidates.stream().min(order).orElseThrow();
        ValueRange range = ranges.get(preferred);
        List<ReportedValue> agreeing = values.stream().filter(v -> v != preferred && ranges.get(v).meets(range)).toList();
        List<ReportedValue> conflicting = values.stream().filter(v -> v != preferred && !ranges.get(v).meets(range)).toList();
        String reason = conflicting.isEmpty() ? "only-value"
                : conflicting.stream().filter(candidates::contains).min(order)
                        .map(rival -> reasons.get(firstDifference(rule, preferred, rival))).orElse("exact-value");
        return new Judgement(preferred, agreeing, conflicting, reason);
    }

    /** The announcements that give the preferred value or one that agrees with it, each once. */
    Set<Node> sources() {
        Set<Node> docs = new HashSet<>(preferred.documents());
        agreeing.forEach(v -> docs.addAll(v.documents()));
        return docs;
    }

    private static Set<Node> supporters(ReportedValue c, List<ReportedValue> values, Map<ReportedValue, ValueRange> ranges) {
        Set<Node> docs = new HashSet<>();
        values.stream().filter(v -> ranges.get(v).meets(ranges.get(c))).forEach(v -> docs.addAll(v.documents()));
        return docs;
    }

    private static int firstDifference(List<Comparator<ReportedValue>> rule, ReportedValue a, ReportedValue b) {
        for (int i = 0; i < rule.size(); i++) {
            if (rule.get(i).compare(a, b) != 0) {
                return i;
            }
        }
        return rule.size() - 1;
    }
}
