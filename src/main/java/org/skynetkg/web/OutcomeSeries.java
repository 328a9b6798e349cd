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
 * The chart data of the landing page: per measure and unit, one bar per operation, its headline figure from the
 * statements graph, read by {@code chart-figures.rq}. No rule here chooses between documents: the statements do,
 * and a SPARQL user gets the same numbers from the same query.
 */
final class OutcomeSeries {
    private OutcomeSeries() {}

    static List<Series> of(DatasetGraph dataset) {
        Map<List<String>, List<Binding>> rows = new LinkedHashMap<>();
        for (Binding row : ClasspathQuery.load(OutcomeSeries.class, "chart-figures.rq").select(dataset)) {
            rows.computeIfAbsent(List.of(text(row, "measure"), text(row, "unit")), k -> new ArrayList<>()).add(row);
        }
        List<Series> series = new ArrayList<>();
        rows.forEach((key, figures) -> {
            List<Bar> bars = figures.stream().map(OutcomeSeries::bar)
                    .sorted(Comparator.comparing(Bar::year).thenComparing(Bar::operationName)).toList();
            Binding any = figures.get(0);
            String label = any.contains("measureLabel") ? text(any, "measureLabel") : key.get(0);
            series.add(new Series(key.get(0), label, key.get(1), bars));
        });
        return series;
    }

    private static Bar bar(Binding row) {
        boolean exact = "exact".equals(text(row, "qualifier"));
        String name = row.contains("operationName") ? text(row, "operationName") : Values.lastSegment(text(row, "operation"));
        boolean interim = !"final".equals(text(row, "status"));
        return new Bar(row.get("operation"), name, text(row, "year"), value(row), exact ? "" : text(row, "qualifierLabel"),
                text(row, "status"), interim ? text(row, "periodEnd") : "", count(row, "sources"), count(row, "conflicts"));
    }

    private static int count(Binding row, String variable) {
        return row.contains(variable) ? Integer.parseInt(text(row, variable)) : 0;
    }

    private static BigDecimal value(Binding row) {
        return Numbers.value(row.get("value"));
    }

    private static String text(Binding row, String variable) {
        Node n = row.get(variable);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString();
    }
}
