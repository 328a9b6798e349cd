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

/** Replacing a graph removes every old figure, also whole-number decimals, which TDB2 inlines. */
class DecimalReplaceTest {
    static final Node G = NodeFactory.createURI("https://w3id.org/skynet-kg/graph/document/d");
    static final Node VALUE = NodeFactory.createURI("https://schema.org/value");

    @TempDir
    Path dir;

    static Triple figure(String lexical) {
        return Triple.create(NodeFactory.createURI("urn:x:" + lexical), VALUE, NodeFactory.createLiteralDT(lexical,
                XSDDatatype.XSDdecimal));
    }

    @Test
    void replacingRemovesWholeNumberDecimals() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            List<Triple> old = List.of(figure("16740000000"), figure("318"), figure("2.5"), figure("12.0"));
            store.replaceGraph(G, out -> old.forEach(out::triple));
            assertEquals(4, store.size(G));
            assertEquals(new ReplaceResult(4, 1), store.replaceGraph(G, out -> out.triple(figure("1273"))));
            assertEquals(1, store.size(G));
            assertEquals(new ReplaceResult(1, 0), store.replaceGraph(G, out -> { }));
            assertEquals(0, store.size(G));
        }
    }
}
