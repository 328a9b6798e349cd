package org.skynetkg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The figures of an entity page, grouped by the sentence they were read from: a small table of figures, the
 * sentence quoted, and its source document.
 */
final class FiguresSection {
    private final Values values;

    FiguresSection(Values values) {
        this.values = values;
    }

    String render(List<Binding> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        Map<List<Node>, List<Binding>> bySentence = new LinkedHashMap<>();
        for (Binding row : rows) {
            List<Node> key = new ArrayList<>();
            key.add(row.get("document"));
            key.add(row.get("quote"));
            bySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
        }
        StringBuilder html = new StringBuilder("<section class=\"figures\">\n<h2>Figures</h2>\n");
        bySentence.values().forEach(group -> html.append(group(group)));
        return html.append("</section>\n").toString();
    }

    private String group(List<Binding> rows) {
        StringBuilder html = new StringBuilder("<figure class=\"evidence\">\n<table class=\"figures\">\n"
                + "<thead><tr><th>operation</th><th>measure</th><th class=\"num\">value</th><th>unit</th>"
                + "<th>as stated</th><th>period</th></tr></thead>\n<tbody>\n");
        for (Binding row : rows) {
            html.append("<tr class=\"figure\"><td>").append(values.html(row, "operation", "operationName"))
                    .append("</td><td>").append(values.html(row.get("outcome"), label(row, "measureLabel", "measure")))
                    .append("</td><td class=\"num\">").append(Html.esc(Numbers.grouped(Numbers.value(row.get("value")))))
                    .append("</td><td>").append(Html.esc(text(row, "unit")))
                    .append("</td><td>").append(Html.esc(text(row, "qualifier")))
                    .append("</td><td>").append(Html.esc(period(row))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        Binding first = rows.get(0);
        if (first.contains("quote")) {
            html.append("<blockquote>").append(Html.esc(text(first, "quote"))).append("</blockquote>\n");
        }
        html.append("<figcaption>Source: ").append(values.html(first, "document", "documentTitle"));
        if (first.contains("issued")) {
            html.append(", ").append(Html.esc(text(first, "issued")));
        }
        return html.append("</figcaption>\n</figure>\n").toString();
    }

    private static Node label(Binding row, String labelVariable, String fallback) {
        return row.contains(labelVariable) ? row.get(labelVariable) : row.get(fallback);
    }

    private static String period(Binding row) {
        return row.contains("periodEnd") ? text(row, "periodStart") + " – " + text(row, "periodEnd") : "";
    }

    private static String text(Binding row, String variable) {
        Node n = row.get(variable);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
