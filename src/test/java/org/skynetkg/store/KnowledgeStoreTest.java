package org.skynetkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeStoreTest {
    static final String ID = "https://w3id.org/skynet-kg/id/";
    static final Node DOC1 = iri("https://w3id.org/skynet-kg/graph/doc-1");
    static final Node DOC2 = iri("https://w3id.org/skynet-kg/graph/doc-2");
    static final Node SKY_NET_2022 = iri(ID + "operation/sky-net-2022");
    static final Node FOX_HUNT_2022 = iri(ID + "operation/fox-hunt-2022");
    static final Node PART_OF = iri("https://w3id.org/skynet-kg/ontology#partOf");
    static final Node YEAR = iri("https://w3id.org/skynet-kg/ontology#year");

    @TempDir
    Path dir;
    KnowledgeStore store;

    @AfterEach
    void close() {
        if ( store != null )
            store.close();
    }

    /** Replacing a graph many times leaves old blocks behind; compaction drops them and keeps every quad. */
    @Test
    void compactionShrinksAStoreOfReplacedGraphsAndKeepsItsQuads() {
        Node g = iri("urn:test:graph");
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            for (int round = 0; round < 30; round++) {
                int r = round;
                store.replaceGraph(g, out -> {
                    for (int i = 0; i < 500; i++) {
                        out.triple(Triple.create(iri("urn:test:s" + i), iri("urn:test:p"), NodeFactory.createLiteralString("v" + r + "-" + i)));
                    }
                });
            }
            KnowledgeStore.Compaction size = store.compact();
            assertTrue(size.bytesAfter() < size.bytesBefore(), size.toString());
            assertEquals(500, store.size(g));
            assertEquals(1, Txn.calculateRead(store.datasetGraph(), () -> Iter.count(store.datasetGraph().find(g,
                    iri("urn:test:s7"), iri("urn:test:p"), NodeFactory.createLiteralString("v29-7")))));
            store.replaceGraph(g, out -> { }); // still writable
            assertEquals(0, store.size(g));
        }
    }

    static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    static Consumer<StreamRDF> triples(Triple... triples) {
        return out -> List.of(triples).forEach(out::triple);
    }

    static final Triple FOX_HUNT_PART_OF_SKY_NET = Triple.create(FOX_HUNT_2022, PART_OF, SKY_NET_2022);
    static final Triple SKY_NET_YEAR = Triple.create(SKY_NET_2022, YEAR, NodeFactory.createLiteralString("2022"));

    Set<Quad> allQuads() {
        return Txn.calculateRead(store.datasetGraph(), () -> Iter.toSet(store.datasetGraph().find()));
    }

    @Test
    void replacingTwiceWithTheSameContentLeavesNoDuplicates() {
        store = KnowledgeStore.open(dir);
        assertEquals(new ReplaceResult(0, 2), store.replaceGraph(DOC1, triples(FOX_HUNT_PART_OF_SKY_NET, SKY_NET_YEAR)));
        assertEquals(new ReplaceResult(2, 2), store.replaceGraph(DOC1, triples(FOX_HUNT_PART_OF_SKY_NET, SKY_NET_YEAR)));
        assertEquals(2, store.size(DOC1));
        assertEquals(2, allQuads().size());
    }

    @Test
    void replacingWithDifferentContentRemovesTheOld() {
        store = KnowledgeStore.open(dir);
        store.replaceGraph(DOC1, triples(FOX_HUNT_PART_OF_SKY_NET, SKY_NET_YEAR));
        store.replaceGraph(DOC2, triples(SKY_NET_YEAR));
        assertEquals(new ReplaceResult(2, 1), store.replaceGraph(DOC1, triples(FOX_HUNT_PART_OF_SKY_NET)));
        assertEquals(Set.of(new Quad(DOC1, FOX_HUNT_PART_OF_SKY_NET), new Quad(DOC2, SKY_NET_YEAR)), allQuads());
    }

    @Test
    void aWriterThatThrowsLeavesTheStoreExactlyAsBefore() {
        store = KnowledgeStore.open(dir);
        store.replaceGraph(DOC1, triples(FOX_HUNT_PART_OF_SKY_NET, SKY_NET_YEAR));
        store.replaceGraph(DOC2, triples(SKY_NET_YEAR));
        Set<Quad> before = allQuads();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.replaceGraph(DOC1, out -> {
            out.triple(Triple.create(SKY_NET_2022, PART_OF, FOX_HUNT_2022));
            out.quad(new Quad(DOC2, FOX_HUNT_PART_OF_SKY_NET));
            throw new IllegalStateException("extractor failed half way");
        }));
        assertEquals("extractor failed half way", thrown.getMessage());
        assertEquals(before, allQuads());
        assertEquals(2, store.size(DOC1));
        assertEquals(1, store.size(DOC2));
    }

    @Test
    void aQuadGoesIntoItsOwnGraph() {
        store = KnowledgeStore.inMemory();
        store.replaceGraph(DOC1, out -> out.quad(new Quad(DOC2, SKY_NET_YEAR)));
        assertEquals(0, store.size(DOC1));
        assertEquals(1, store.size(DOC2));
    }

    @Test
    void manyGraphsInOneTransaction() {
        store = KnowledgeStore.open(dir);
        store.inWrite(batch -> {
            batch.replaceGraph(DOC1, triples(FOX_HUNT_PART_OF_SKY_NET));
            batch.replaceGraph(DOC2, triples(SKY_NET_YEAR));
        });
        assertEquals(Set.of(DOC1, DOC2), store.graphNames());
    }

    @Test
    void graphNamesListsTheDocumentGraphs() {
        store = KnowledgeStore.inMemory();
        assertEquals(Set.of(), store.graphNames());
        store.replaceGraph(DOC1, triples(FOX_HUNT_PART_OF_SKY_NET));
        store.replaceGraph(DOC2, triples(SKY_NET_YEAR));
        assertEquals(Set.of(DOC1, DOC2), store.graphNames());
        store.replaceGraph(DOC2, triples());
        assertEquals(Set.of(DOC1), store.graphNames());
    }

    @Test
    void queriesSeeTheUnionOfNamedGraphsOnDisk() {
        store = KnowledgeStore.open(dir);
        assertUnionDefaultGraph();
    }

    @Test
    void queriesSeeTheUnionOfNamedGraphsInMemory() {
        store = KnowledgeStore.inMemory();
        assertUnionDefaultGraph();
    }

    private void assertUnionDefaultGraph() {
        store.replaceGraph(DOC1, triples(FOX_HUNT_PART_OF_SKY_NET, SKY_NET_YEAR));
        store.replaceGraph(DOC2, triples(SKY_NET_YEAR));
        String query = "SELECT (COUNT(*) AS ?n) { ?op <" + YEAR.getURI() + "> ?year }";
        long n = Txn.calculateRead(store.datasetGraph(), () -> {
            try (QueryExec exec = QueryExec.dataset(store.datasetGraph()).query(query).build()) {
                return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
            }
        });
        assertEquals(1, n, "union default graph: one distinct triple although it is in two graphs");
        boolean askModel = Txn.calculateRead(store.datasetGraph(), () -> QueryExecutionFactory
                .create("ASK { ?op <" + PART_OF.getURI() + "> ?parent }",
                        DatasetFactory.wrap(store.datasetGraph())).execAsk());
        assertTrue(askModel);
    }

    @Test
    void theStoreOutlivesTheProcessThatWroteIt() {
        store = KnowledgeStore.open(dir);
        store.replaceGraph(DOC1, triples(FOX_HUNT_PART_OF_SKY_NET));
        store.close();
        store = KnowledgeStore.open(dir);
        assertEquals(1, store.size(DOC1));
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefused() {
        store = KnowledgeStore.open(dir);
        StoreLockedException ex = assertThrows(StoreLockedException.class, () -> KnowledgeStore.open(dir));
        assertEquals("Store " + dir.toAbsolutePath().normalize() + " is already open in this process", ex.getMessage());
    }

    @Test
    void anotherProcessCannotOpenALockedStore() throws IOException, InterruptedException {
        store = KnowledgeStore.open(dir);
        String output = runInSecondJvm(OpenStoreMain.class.getName(), dir.toString());
        assertTrue(output.startsWith("LOCKED Store " + dir.toAbsolutePath().normalize() + " is locked: another skynet-kg"
                + " process (e.g. 'serve') holds it. Stop that process, or load through it."), output);
        assertTrue(output.contains("held by process " + ProcessHandle.current().pid()), output);
        store.close();
        store = null;
        assertEquals("OPENED", runInSecondJvm(OpenStoreMain.class.getName(), dir.toString()).strip());
    }

    static String runInSecondJvm(String mainClass, String arg) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), mainClass, arg)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        if ( !process.waitFor(60, TimeUnit.SECONDS) ) {
            process.destroyForcibly();
            throw new AssertionError("second JVM did not finish in 60s");
        }
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
