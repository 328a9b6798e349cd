package org.skynetkg.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.generate.CorpusGenerator;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.KnowledgeStore;
import org.skynetkg.vocab.SKG;

/**
 * The one-pass scan of TDB2's SPOG index gives exactly the statistics of the SPARQL queries it replaces, on a store
 * with the seed, generated documents, the same triple in several graphs, a typed blank node and a non-IRI class.
 */
class IndexScanTest {
    @TempDir
    Path dir;

    @Test
    void theIndexScanCountsWhatTheSparqlQueriesCount() throws IOException {
        Pipeline pipeline = Pipeline.create();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        new CorpusGenerator(pipeline.gazetteer()).generate(20, 7, corpus);
        List<Path> files = new ArrayList<>(List.of(Path.of("data/skynet-2022-launch.txt")));
        try (Stream<Path> s = Files.list(corpus)) {
            s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            new Loader(pipeline).load(store, files);
            DatasetGraph dsg = store.datasetGraph();
            Node g1 = NodeFactory.createURI("urn:test:g1");
            Node g2 = NodeFactory.createURI("urn:test:g2");
            Node thing = NodeFactory.createURI("urn:test:thing");
            Node blank = NodeFactory.createBlankNode();
            Txn.executeWrite(dsg, () -> {
                for (Node g : List.of(g1, g2)) { // one triple, two graphs: counted once
                    dsg.add(Quad.create(g, thing, RDF.Nodes.type, SKG.Operation.asNode()));
                }
                dsg.add(Quad.create(g1, blank, RDF.Nodes.type, SKG.Agency.asNode())); // not an entity: not an IRI
                dsg.add(Quad.create(g2, thing, RDF.Nodes.type, NodeFactory.createLiteralString("not a class")));
            });
            Node voidGraph = Iris.defaults().voidGraph();
            Txn.executeRead(dsg, () -> {
                assertTrue(IndexScan.applies(dsg));
                VoidStatistics bySparql = VoidStatistics.bySparql(dsg, voidGraph);
                VoidStatistics byScan = IndexScan.of(dsg, voidGraph);
                assertTrue(bySparql.triples() > 1000, "the store holds the corpus: " + bySparql.triples());
                assertEquals(bySparql, byScan);
                assertEquals(List.copyOf(bySparql.classPartitions().keySet()), List.copyOf(byScan.classPartitions().keySet()));
            });
        }
    }

    @Test
    void anInMemoryStoreIsCountedBySparql() {
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            assertTrue(!IndexScan.applies(store.datasetGraph()));
        }
    }
}
