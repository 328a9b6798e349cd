package org.skynetkg.web;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.engine.binding.Binding;

/** How a node of the data is shown on a page: data IRIs as local links, other IRIs as outgoing links. */
final class Values {
    private final WebContext web;
    private final PrefixMapping prefixes;

    Values(WebContext web, PrefixMapping prefixes) {
        this.web = web;
        this.prefixes = prefixes;
    }

    /** The node as HTML, with {@code label} as the link text when there is one. */
    String html(Node node, Node label) {
        if (node.isURI()) {
            String local = web.localPathOf(node.getURI());
            if (local != null) {
                return Html.link(local, label != null ? label.getLiteralLexicalForm() : local.substring(WebContext.ID_PATH.length()));
            }
            String text = label != null ? label.getLiteralLexicalForm() : shortName(node.getURI());
            return "<a class=\"external\" href=\"" + Html.esc(node.getURI()) + "\" title=\"" + Html.esc(node.getURI())
                    + "\">" + Html.esc(text) + "</a>";
        }
        if (node.isLiteral()) {
            return Html.esc(node.getLiteralLexicalForm());
        }
        return "<span class=\"blank\">[" + Html.esc(node.getBlankNodeLabel()) + "]</span>";
    }

    String html(Binding row, String variable, String labelVariable) {
        return html(row.get(variable), row.get(labelVariable));
    }

    /** A prefixed name where a prefix fits, else the IRI. */
    String shortName(String iri) {
        return prefixes.shortForm(iri);
    }

    /** A property as words: its label when the store has one, else its local name split at capitals. */
    String propertyName(Node property, Node label) {
        if (label != null) {
            return label.getLiteralLexicalForm();
        }
        String iri = property.getURI();
        String local = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        return local.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    /** The readable name of an IRI when no label is known: its last path segment. */
    static String lastSegment(String iri) {
        return iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
    }
}
