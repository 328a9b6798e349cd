package org.skynetkg.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.skynetkg.query.ClasspathQuery;

/**
 * The chart data of the landing page: per measure and unit, one bar per operation (an operation has one year)
 * with a figure. When several documents give a figure for the same operation, the latest document's wins
 * (by issue date, then the later period end); the bar says whether the others differ.
 */
final class OutcomeSeries {
    private static final Comparator<Binding> LATEST = Comparator
            .comparing((Binding row) -> text(row, "issued"))
            .thenComparing(row -> text(row, "periodEnd"))
            .thenComparing(row -> text(row, "document"));

    private OutcomeSeries() {}

    static List<Series> of(DatasetGraph dataset) {
        Map<List<String>, Map<Node, List<Binding>>> figures = new LinkedHashMap<>();
        for (Binding row : ClasspathQuery.load(OutcomeSeries.class, "chart-figures.rq").select(dataset)) {
            List<String> key = List.of(text(row, "measure"), text(row, "unit"));
            figures.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("operation"), k -> new ArrayList<>()).add(row);
        }
        List<Series> series = new ArrayList<>();
        figures.forEach((key, byOperation) -> {
            List<Bar> bars = byOperation.values().stream().map(OutcomeSeries::latest)
                    .sorted(Comparator.comparing(Bar::year).thenComparing(Bar::operationName)).toList();
            Binding any = byOperation.values().iterator().next().get(0);
            String label = any.contains("measureLabel") ? text(any, "measureLabel") : key.get(0);
            series.add(new Series(key.get(0), label, key.get(1), bars));
        });
        return series;
    }

    private static Bar latest(List<Binding> figures) {
        Binding row = figures.stream().max(LATEST).orElseThrow();
        long distinctValues = figures.stream().map(f -> value(f).stripTrailingZeros()).distinct().count();
        boolean exact = "exact".equals(text(row, "qualifier"));
        String name = row.contains("operationName") ? text(row, "operationName") : Values.lastSegment(text(row, "operation"));
        return new Bar(row.get("operation"), name, text(row, "year"), value(row),
                exact ? "" : text(row, "qualifierLabel"), text(row, "periodEnd"), row.get("document"),
                text(row, "issued"), distinctValues > 1);
    }

    private static BigDecimal value(Binding row) {
        return Numbers.value(row.get("value"));
    }

    private static String text(Binding row, String variable) {
        Node n = row.get(variable);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
