package org.skynetkg.web;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * What is known of an operation from all announcements together: a table of its statements, each linked to its
 * own page (its values and sources), the headline figures marked.
 */
final class KnownSection {
    private final Values values;

    KnownSection(Values values) {
        this.values = values;
    }

    String render(List<Binding> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section class=\"known\">\n<h2>What the announcements say together</h2>\n"
                + "<table class=\"figures\">\n<thead><tr><th>measure</th><th class=\"num\">value</th><th>unit</th>"
                + "<th>period</th><th>status</th><th class=\"num\">sources</th><th class=\"num\">conflicting values</th>"
                + "</tr></thead>\n<tbody>\n");
        for (Binding row : rows) {
            boolean headline = "true".equals(text(row, "headline"));
            html.append("<tr class=\"statement").append(headline ? " headline" : "").append("\"><td>")
                    .append(values.html(row.get("statement"), row.contains("measureLabel") ? row.get("measureLabel") : row.get("measure")))
                    .append("</td><td class=\"num\">").append("exact".equals(text(row, "qualifier")) ? "" : Html.esc(text(row, "qualifier")) + " ")
                    .append(Html.esc(Numbers.grouped(Numbers.value(row.get("value")))))
                    .append("</td><td>").append(Html.esc(text(row, "unit")))
                    .append("</td><td>").append(Html.esc(text(row, "periodStart") + " – " + text(row, "periodEnd")))
                    .append("</td><td>").append(Html.esc(text(row, "status"))).append(headline ? " (headline)" : "")
                    .append("</td><td class=\"num\">").append(Html.esc(text(row, "sources")))
                    .append("</td><td class=\"num\">").append(Html.esc(text(row, "conflicts"))).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }

    private static String text(Binding row, String variable) {
        Node n = row.get(variable);
        return n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }
}
