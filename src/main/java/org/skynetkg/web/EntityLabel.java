package org.skynetkg.web;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;

/**
 * The name a page gives an entity: of the label properties, in order, the first label in the reader's language; else
 * the first English (or untagged) one; else any; else the last segment of its IRI.
 */
final class EntityLabel {
    private EntityLabel() {}

    static String of(Graph description, Node entity, List<Node> properties, String lang) {
        for (String wanted : List.of(lang, "en", "")) {
            for (Node property : properties) {
                for (Node l : description.find(entity, property, Node.ANY).mapWith(t -> t.getObject()).filterKeep(Node::isLiteral).toList()) {
                    String tag = l.getLiteralLanguage();
                    boolean match = wanted.isEmpty() || tag.equals(wanted) || tag.startsWith(wanted + "-")
                            || (wanted.equals("en") && tag.isEmpty());
                    if (match) {
                        return l.getLiteralLexicalForm();
                    }
                }
            }
        }
        return Values.lastSegment(entity.getURI());
    }
}
