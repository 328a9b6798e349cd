package org.skynetkg.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.skynetkg.query.ClasspathQuery;
import org.skynetkg.vocab.PROV;
import org.skynetkg.vocab.SCHEMA;

/**
 * The HTML page of one entity: its label and types, its figures with their sentences, its other statements
 * (data IRIs as local links), its identity links to other datasets as outgoing links, and what points to it.
 */
final class EntityPage {
    private static final List<Node> LABELS = List.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            DCTerms.title.asNode(), SCHEMA.name.asNode());
    private static final Set<Node> IDENTITY = Set.of(OWL.sameAs.asNode(), SKOS.exactMatch.asNode());
    private static final int LONG_TEXT = 400;
    private static final int MAX_INCOMING = 100;

    private final WebContext web;
    private final Node entity;
    private final Graph description;
    private final Values values;
    private final String lang;

    /** The page of {@code entity} with its name in the reader's language {@code lang} where it has one. */
    EntityPage(WebContext web, Node entity, Graph description, String lang) {
        this.web = web;
        this.entity = entity;
        this.description = description;
        this.values = new Values(web, description.getPrefixMapping());
        this.lang = lang;
    }

    String render() {
        String title = EntityLabel.of(description, entity, LABELS, lang);
        List<Binding> statements = query("entity-statements.rq");
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"kind\">").append(types(statements)).append("</p>\n<h1>").append(Html.esc(title))
                .append("</h1>\n<p class=\"iri\"><code>").append(Html.esc(entity.getURI())).append("</code> · ")
                .append("<a href=\"?format=ttl\">Turtle</a> · <a href=\"?format=jsonld\">JSON-LD</a> · ")
                .append("<a href=\"?format=nt\">N-Triples</a> · ")
                .append(lang.equals("zh") ? "<a href=\"?lang=en\" hreflang=\"en\">English</a>"
                        : "<a href=\"?lang=zh\" hreflang=\"zh\" lang=\"zh\">中文</a>").append("</p>\n");
        body.append(new KnownSection(values).render(query("entity-known.rq")));
        body.append(new FiguresSection(values).render(query("entity-figures.rq")));
        body.append(roles()).append(facts(statements, title)).append(identityLinks(statements)).append(incoming());
        return Page.document(web, title, body.toString(), lang);
    }

    private List<Binding> query(String name) {
        return ClasspathQuery.load(EntityPage.class, name).iri("entity", entity.getURI()).select(web.dataset());
    }

    private String types(List<Binding> statements) {
        List<String> types = new ArrayList<>();
        statements.stream().filter(row -> row.get("property").equals(RDF.type.asNode()))
                .forEach(row -> types.add(values.html(row, "value", "valueLabel")));
        return String.join(" · ", types);
    }

    /** The statements not shown elsewhere on the page: not the types, the identity links or the title again. */
    private String facts(List<Binding> statements, String title) {
        Map<Node, List<Binding>> byProperty = new LinkedHashMap<>();
        for (Binding row : statements) {
            Node p = row.get("property");
            boolean isTitle = LABELS.contains(p) && row.get("value").isLiteral()
                    && row.get("value").getLiteralLexicalForm().equals(title);
            if (!p.equals(RDF.type.asNode()) && !IDENTITY.contains(p) && !isTitle
                    && !p.equals(PROV.qualifiedAssociation.asNode())) {
                byProperty.computeIfAbsent(p, k -> new ArrayList<>()).add(row);
            }
        }
        if (byProperty.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section>\n<h2>Facts</h2>\n<table class=\"facts\">\n");
        byProperty.forEach((property, rows) -> {
            html.append("<tr><th title=\"").append(Html.esc(values.shortName(property.getURI()))).append("\">")
                    .append(Html.esc(values.propertyName(property, rows.get(0).get("propertyLabel"))))
                    .append("</th><td>");
            List<String> cells = rows.stream().map(this::value).toList();
            html.append(cells.size() == 1 ? cells.get(0)
                    : "<ul>" + cells.stream().map(c -> "<li>" + c + "</li>").reduce("", String::concat) + "</ul>");
            html.append("</td></tr>\n");
        });
        return html.append("</table>\n</section>\n").toString();
    }

    /** The agencies and their roles, in place of the association nodes (each still has its own page). */
    private String roles() {
        List<Binding> rows = query("entity-roles.rq");
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section>\n<h2>Agencies</h2>\n<table class=\"list\">\n"
                + "<thead><tr><th>agency</th><th>role</th><th>according to</th></tr></thead>\n<tbody>\n");
        for (Binding row : rows) {
            html.append("<tr><td>").append(values.html(row, "agency", "agencyName")).append("</td><td>")
                    .append(Html.esc(row.contains("roleLabel") ? row.get("roleLabel").getLiteralLexicalForm()
                            : Values.lastSegment(row.get("role").getURI()))).append("</td><td>")
                    .append(row.contains("document") ? values.html(row, "document", "documentTitle") : "")
                    .append("</td></tr>\n");
        }
        return html.append("</tbody>\n</table>\n</section>\n").toString();
    }

    private String value(Binding row) {
        Node value = row.get("value");
        if (value.isLiteral() && value.getLiteralLexicalForm().length() > LONG_TEXT) {
            return "<details><summary>" + Html.esc(value.getLiteralLexicalForm().length()) + " characters</summary>"
                    + "<div class=\"long-text\">" + Html.esc(value.getLiteralLexicalForm()) + "</div></details>";
        }
        return values.html(row, "value", "valueLabel");
    }

    private String identityLinks(List<Binding> statements) {
        List<Binding> links = statements.stream().filter(row -> IDENTITY.contains(row.get("property"))).toList();
        if (links.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section>\n<h2>The same elsewhere</h2>\n<ul class=\"identity\">\n");
        for (Binding row : links) {
            String iri = row.get("value").isURI() ? row.get("value").getURI() : row.get("value").toString();
            html.append("<li><a class=\"external\" rel=\"external\" href=\"").append(Html.esc(iri)).append("\">")
                    .append(Html.esc(iri)).append("</a> <span class=\"muted\">(")
                    .append(Html.esc(values.shortName(row.get("property").getURI()))).append(")</span></li>\n");
        }
        return html.append("</ul>\n</section>\n").toString();
    }

    private String incoming() {
        List<Binding> rows = query("entity-incoming.rq");
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section>\n<h2>Referred to by</h2>\n<table class=\"facts\">\n");
        for (Binding row : rows.subList(0, Math.min(rows.size(), MAX_INCOMING))) {
            html.append("<tr><td>").append(values.html(row, "subject", "subjectLabel")).append("</td><td class=\"muted\">")
                    .append(Html.esc(values.propertyName(row.get("property"), row.get("propertyLabel"))))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (rows.size() > MAX_INCOMING) {
            html.append("<p class=\"muted\">Only the first ").append(MAX_INCOMING)
                    .append(" are listed; ask the SPARQL endpoint for the rest.</p>\n");
        }
        return html.append("</section>\n").toString();
    }
}
