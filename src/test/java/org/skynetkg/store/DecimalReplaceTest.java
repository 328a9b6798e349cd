package org.skynetkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replacing a graph removes every old figure: the canonical decimals and integers this version writes, and the
 * whole-number decimals ({@code "318"^^xsd:decimal}) that stores of earlier versions hold, which TDB2 5.6 reads back
 * as {@code "318.0"} and {@code deleteAny} then misses (GH-3404).
 */
class DecimalReplaceTest {
    static final Node G = NodeFactory.createURI("https://w3id.org/skynet-kg/graph/document/d");
    static final Node VALUE = NodeFactory.createURI("https://schema.org/value");

    @TempDir
    Path dir;

    static Triple figure(String lexical) {
        return Triple.create(NodeFactory.createURI("urn:x:" + lexical), VALUE, lexical.startsWith("i")
                ? NodeFactory.createLiteralDT(lexical.substring(1), XSDDatatype.XSDinteger)
                : NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal));
    }

    @Test
    void replacingRemovesWholeNumberDecimals() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            List<Triple> old = List.of(figure("16740000000"), figure("318"), figure("2.5"), figure("12.0"),
                    figure("16740000000.0"), figure("29.50"));
            store.replaceGraph(G, out -> old.forEach(out::triple));
            assertEquals(6, store.size(G));
            assertEquals(new ReplaceResult(6, 1), store.replaceGraph(G, out -> out.triple(figure("i1273"))));
            assertEquals(1, store.size(G));
            assertEquals(new ReplaceResult(1, 0), store.replaceGraph(G, out -> { }));
            assertEquals(0, store.size(G));
        }
    }
}
