package org.skynetkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.skynetkg.extract.DocumentFacts;
import org.skynetkg.load.Pipeline;

/** A HashGraph answers every find as Jena's in-memory graph does, on the seed announcement's graph. */
class HashGraphTest {
    private static final Node A = NodeFactory.createURI("http://example.org/a");
    private static final Node B = NodeFactory.createURI("http://example.org/b");
    private static final Node P = NodeFactory.createURI("http://example.org/p");

    @Test
    void everyPatternFindsWhatJenasGraphFinds() {
        Pipeline pipeline = Pipeline.create();
        Graph jena = GraphFactory.createDefaultGraph();
        Graph ours = new HashGraph();
        DocumentFacts facts = pipeline.extract(Path.of("data/skynet-2022-launch.txt"));
        pipeline.toRdf(facts, StreamRDFLib.graph(jena));
        pipeline.toRdf(facts, StreamRDFLib.graph(ours));
        assertTrue(jena.size() > 100);
        assertEquals(jena.size(), ours.size());
        for (Triple t : jena.find().toList()) {
            for (int mask = 0; mask < 8; mask++) {
                Node s = (mask & 1) == 0 ? Node.ANY : t.getSubject();
                Node p = (mask & 2) == 0 ? Node.ANY : t.getPredicate();
                Node o = (mask & 4) == 0 ? Node.ANY : t.getObject();
                assertEquals(jena.find(s, p, o).toSet(), ours.find(s, p, o).toSet(), s + " " + p + " " + o);
                assertTrue(ours.contains(s, p, o));
            }
        }
        assertFalse(ours.contains(A, P, B));
        assertFalse(ours.find(Node.ANY, P, Node.ANY).hasNext());
    }

    @Test
    void aTripleAddedTwiceIsHeldOnceInTheOrderAdded() {
        Graph g = new HashGraph();
        g.add(B, P, A);
        g.add(A, P, B);
        g.add(B, P, A);
        assertEquals(2, g.size());
        assertEquals(List.of(Triple.create(B, P, A), Triple.create(A, P, B)), g.find().toList());
    }

    @Test
    void deleteAndClearLeaveNoTraceInTheIndexes() {
        Graph g = new HashGraph();
        g.add(A, P, B);
        g.add(A, P, A);
        g.delete(A, P, B);
        assertEquals(Set.of(Triple.create(A, P, A)), g.find(Node.ANY, Node.ANY, Node.ANY).toSet());
        assertFalse(g.find(Node.ANY, Node.ANY, B).hasNext());
        assertEquals(1, g.find(A, Node.ANY, Node.ANY).toList().size());
        g.remove(A, Node.ANY, Node.ANY);
        assertTrue(g.isEmpty());
        g.add(B, P, B);
        g.clear();
        assertEquals(0, g.size());
        assertFalse(g.find(B, Node.ANY, Node.ANY).hasNext());
    }

    @Test
    void changingTheGraphWhileIteratingFailsFast() {
        Graph g = new HashGraph();
        g.add(A, P, B);
        g.add(A, P, A);
        assertThrows(ConcurrentModificationException.class, () -> g.find(A, Node.ANY, Node.ANY)
                .forEachRemaining(t -> g.add(A, P, NodeFactory.createURI(t.getObject().getURI() + "/more"))));
    }
}
