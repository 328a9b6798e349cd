package org.skynetkg.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.shared.PrefixMapping;
import org.skynetkg.query.ClasspathQuery;

/**
 * The landing page: what the dataset is, its size, the outcome charts, the operations by year, the announcements,
 * the query box and the machine-readable entry points. Every number comes from a query over the store.
 */
final class LandingPage {
    private final WebContext web;
    private final Values values;

    LandingPage(WebContext web) {
        this.web = web;
        this.values = new Values(web, PrefixMapping.Standard);
    }

    String render() {
        DatasetCounts counts = DatasetCounts.of(web.dataset());
        StringBuilder body = new StringBuilder();
        body.append("<h1>Sky Net knowledge graph</h1>\n<p class=\"lead\">China's international anti-corruption "
                + "operations — the yearly <em>Sky Net</em> operations and their components such as <em>Fox Hunt</em> — "
                + "as linked data, read from the official announcements that report them. Every figure keeps the "
                + "sentence it was read from.</p>\n");
        body.append("<ul class=\"counts\">").append(count(counts.documents(), "announcements"))
                .append(count(counts.operations(), "operations")).append(count(counts.outcomes(), "outcomes"))
                .append(count(counts.triples(), "triples")).append("</ul>\n");
        body.append(charts()).append(operations()).append(documents()).append(new QueryBox(web).render())
                .append(access());
        return Page.document(web, "Sky Net knowledge graph", body.toString());
    }

    private static String count(long n, String what) {
        return "<li><span class=\"n\" id=\"count-" + what + "\">" + Html.esc(Numbers.grouped(java.math.BigDecimal.valueOf(n)))
                + "</span> " + Html.esc(what) + "</li>";
    }

    private String charts() {
        List<Series> series = OutcomeSeries.of(web.dataset());
        StringBuilder html = new StringBuilder("<section id=\"outcomes\">\n<h2>Outcomes per operation and year</h2>\n");
        if (series.isEmpty()) {
            return html.append("<p>No announcement loaded so far reports fugitives returned or assets recovered.</p>\n"
                    + "</section>\n").toString();
        }
        BarChart chart = new BarChart(web);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            html.append("<figure class=\"chart\">\n<figcaption><strong>").append(Html.esc(capitalise(s.measureLabel())))
                    .append("</strong> (").append(Html.esc(s.unit())).append(")</figcaption>\n")
                    .append(chart.svg(s, i)).append("</figure>\n");
        }
        boolean differs = series.stream().anyMatch(Series::anyDiffers);
        html.append("<p class=\"caption\">One bar per operation and year that has a figure: its headline figure, the "
                + "value the announcements together are preferred to give for the whole year (else the latest interim "
                + "figure, marked with the end of its period), and how many announcements give it or agree with it")
                .append(differs ? "; <strong>*</strong> marks bars where another announcement reports a conflicting figure "
                        + "(<code>queries/conflicts.rq</code> lists them)." : " (no loaded announcements disagree).")
                .append(" <code>queries/timeline.rq</code> gives every statement behind the chart.</p>\n");
        return html.append("</section>\n").toString();
    }

    private String operations() {
        List<Binding> rows = ClasspathQuery.load(LandingPage.class, "/queries/operations.rq").select(web.dataset());
        Map<String, List<Binding>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        rows.forEach(row -> byYear.computeIfAbsent(row.get("year").getLiteralLexicalForm(), y -> new ArrayList<>()).add(row));
        StringBuilder html = new StringBuilder("<section id=\"operations\">\n<h2>Operations by year</h2>\n");
        byYear.forEach((year, ops) -> {
            html.append("<h3>").append(Html.esc(year)).append("</h3>\n<ul class=\"operations\">\n");
            for (Binding op : ops) {
                html.append("<li>").append(values.html(op, "operation", "name"));
                if (op.contains("parent")) {
                    html.append(" <span class=\"muted\">part of ").append(values.html(op, "parent", "parentName"))
                            .append("</span>");
                }
                html.append("</li>\n");
            }
            html.append("</ul>\n");
        });
        return html.append("</section>\n").toString();
    }

    private String documents() {
        List<Binding> rows = ClasspathQuery.load(LandingPage.class, "/queries/documents.rq").select(web.dataset());
        StringBuilder html = new StringBuilder("<section id=\"documents\">\n<h2>Announcements</h2>\n<table class=\"list\">\n"
                + "<thead><tr><th>announcement</th><th>publisher</th><th>issued</th><th class=\"num\">figures</th></tr></thead>\n<tbody>\n");
        for (Binding row : rows) {
            html.append("<tr><td>").append(values.html(row, "document", "title")).append("</td><td>")
                    .append(text(row, "publisher")).append("</td><td>").append(text(row, "issued"))
                    .append("</td><td class=\"num\">").append(text(row, "outcomes")).append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }

    private String access() {
        return "<section id=\"access\">\n<h2>For machines</h2>\n<ul>\n"
                + "<li>SPARQL endpoint (read-only): " + Html.link(web.sparqlPath(), web.sparqlPath()) + "</li>\n"
                + "<li>VoID description of the dataset: " + Html.link("/void", "/void") + "</li>\n"
                + "<li>Every entity IRI <code>" + Html.esc(web.iris().base()) + "id/…</code> is served at <code>/id/…</code>: "
                + "HTML for browsers, Turtle (<code>text/turtle</code>), JSON-LD (<code>application/ld+json</code>) "
                + "or N-Triples by content negotiation.</li>\n</ul>\n</section>\n";
    }

    private static String text(Binding row, String variable) {
        return row.contains(variable) ? Html.esc(row.get(variable).getLiteralLexicalForm()) : "";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
