package org.skynetkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A derivation runs inside the write transaction it follows: if it fails, the write is undone with it. */
class DerivationTransactionTest {
    static final Node G = NodeFactory.createURI("https://w3id.org/skynet-kg/graph/document/d");
    static final Node DERIVED = NodeFactory.createURI("https://w3id.org/skynet-kg/graph/derived");
    static final Triple T = Triple.create(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
            NodeFactory.createURI("urn:o"));

    @TempDir
    Path dir;

    /** Copies the count of quads of each replaced graph into a derived graph; fails when told to. */
    static final class Counting implements Derivation {
        final List<String> heard = new ArrayList<>();
        boolean fail;

        @Override
        public Tracker track(DatasetGraph dsg) {
            return new Tracker() {
                @Override
                public void replacing(Node graphName) {
                    heard.add("replacing " + dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY).hasNext());
                }

                @Override
                public void replaced(Node graphName) {
                    heard.add("replaced " + dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY).hasNext());
                    dsg.add(DERIVED, graphName, NodeFactory.createURI("urn:seen"), NodeFactory.createURI("urn:yes"));
                }

                @Override
                public void finish() {
                    if (fail) {
                        throw new IllegalStateException("derivation failed");
                    }
                }
            };
        }

        @Override
        public Bulk bulk() {
            return new Bulk() {
                @Override
                public void quad(org.apache.jena.sparql.core.Quad quad) {
                    heard.add("bulk " + quad.getGraph().getURI().endsWith("/d"));
                }

                @Override
                public void finish(org.apache.jena.riot.system.StreamRDF out) {
                    out.quad(org.apache.jena.sparql.core.Quad.create(DERIVED, T));
                }
            };
        }
    }

    @Test
    void theTrackerSeesTheGraphBeforeAndAfterAndAFailureUndoesTheWrite() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            Counting d = new Counting();
            store.derive(d);
            store.derive(new Counting()); // a second of the same kind is ignored
            store.replaceGraph(G, out -> out.triple(T));
            assertEquals(List.of("replacing false", "replaced true"), d.heard);
            assertEquals(1, store.size(DERIVED));
            d.fail = true;
            assertThrows(IllegalStateException.class, () -> store.replaceGraph(G, out -> { }));
            assertEquals(1, store.size(G), "the document graph is as it was");
            assertEquals(1, store.size(DERIVED));
        }
    }

    @Test
    void aBulkLoadShowsTheDerivationEveryQuadAndLoadsWhatItDerives() {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            Counting d = new Counting();
            store.derive(d);
            store.bulkLoad(BulkPlan.auto(), out -> out.quad(org.apache.jena.sparql.core.Quad.create(G, T)));
            assertEquals(List.of("bulk true"), d.heard);
            assertEquals(1, store.size(DERIVED));
        }
    }
}
