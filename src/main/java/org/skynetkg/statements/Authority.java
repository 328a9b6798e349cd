package org.skynetkg.statements;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.skynetkg.vocab.SCHEMA;
import org.skynetkg.vocab.SKG;

/**
 * How authoritative a publisher is, from the types the reference data gives it: 2 for an agency of the operations
 * ({@code skg:Agency}), 1 for a news organisation ({@code schema:NewsMediaOrganization}), 0 for anyone else.
 */
final class Authority {
    static final Node AGENCY = SKG.Agency.asNode();
    static final Node NEWS = NodeFactory.createURI(SCHEMA.NS + "NewsMediaOrganization");
    private final BiPredicate<Node, Node> typed;
    private final Map<Node, Integer> known = new HashMap<>();

    Authority(BiPredicate<Node, Node> typed) {
        this.typed = typed;
    }

    int of(Node publisher) {
        if (publisher == null) {
            return 0;
        }
        return known.computeIfAbsent(publisher, p -> typed.test(p, AGENCY) ? 2 : typed.test(p, NEWS) ? 1 : 0);
    }
}
