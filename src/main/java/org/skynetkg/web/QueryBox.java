package org.skynetkg.web;

import java.util.List;

/**
 * The query box: a form with the example queries, run against the SPARQL endpoint by a small inline script
 * (fetch, results as a table built with text nodes only). Without script the form posts to the endpoint.
 */
final class QueryBox {
    private static final String SCRIPT = Resources.text("query-box.js");

    private final WebContext web;

    QueryBox(WebContext web) {
        this.web = web;
    }

    String render() {
        List<QueryCatalog.Example> examples = QueryCatalog.examples();
        StringBuilder html = new StringBuilder("<section id=\"query\">\n<h2>Ask the data</h2>\n")
                .append("<form id=\"query-box\" method=\"post\" action=\"").append(Html.esc(web.sparqlPath()))
                .append("\" data-endpoint=\"").append(Html.esc(web.sparqlPath())).append("\" data-id-space=\"")
                .append(Html.esc(web.iris().base() + "id/")).append("\">\n")
                .append("<label for=\"query-select\">Example question</label>\n<select id=\"query-select\">\n");
        for (QueryCatalog.Example e : examples) {
            html.append("<option value=\"").append(Html.esc(e.name())).append("\">").append(Html.esc(e.question()))
                    .append("</option>\n");
        }
        String first = examples.isEmpty() ? "SELECT * { ?s ?p ?o } LIMIT 10"
                : QueryCatalog.text(examples.get(0).name()).orElse("");
        html.append("</select>\n<label for=\"query-text\">SPARQL</label>\n")
                .append("<textarea id=\"query-text\" name=\"query\" rows=\"14\" spellcheck=\"false\">")
                .append(Html.esc(first)).append("</textarea>\n")
                .append("<div class=\"actions\"><button type=\"submit\" id=\"query-run\">Run query</button> ")
                .append("<span id=\"query-status\" role=\"status\"></span></div>\n</form>\n")
                .append("<div id=\"query-results\"></div>\n<script>\n").append(SCRIPT).append("</script>\n</section>\n");
        return html.toString();
    }
}
