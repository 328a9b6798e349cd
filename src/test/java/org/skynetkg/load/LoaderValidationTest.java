package org.skynetkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skynetkg.rdf.ReferenceData;
import org.skynetkg.store.KnowledgeStore;
import org.skynetkg.validate.GraphValidator;

/** The loader validates a document's graph before the write: a graph that fails the shapes never reaches the store. */
class LoaderValidationTest {
    private static final Path SEED = Path.of("data/skynet-2022-launch.txt");
    private static final Path NO_OPERATIONS = Path.of("src/test/resources/announcements/dev/dev06-commentary-tea-exports.txt");
    // Stricter than the shipped shapes: the seed reports last year's operation without a launch date.
    private static final String STRICT = """
            PREFIX sh:  <http://www.w3.org/ns/shacl#>
            PREFIX skg: <https://w3id.org/skynet-kg/ontology#>
            <urn:test:LaunchDateShape> a sh:PropertyShape ;
                sh:targetClass skg:Operation ; sh:path skg:launchDate ; sh:minCount 1 ;
                sh:message "test: an operation has a launch date" .
            """;

    private final Pipeline pipeline = Pipeline.create();
    private KnowledgeStore store;

    @BeforeEach
    void open() {
        store = KnowledgeStore.inMemory();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theSeedAnnouncementPassesAndIsStored() {
        LoadReport report = new Loader(pipeline).load(store, List.of(SEED));
        DocumentResult r = report.documents().get(0);
        assertTrue(r.ok(), r.summary());
        assertTrue(store.size(pipeline.iris().graph("skynet-2022-launch")) > 0);
    }

    @Test
    void aDocumentViolatingAShapeIsRefusedTheStoreIsUnchangedAndTheBatchGoesOn() {
        new Loader(pipeline).load(store, List.of(SEED));
        Node seedGraph = pipeline.iris().graph("skynet-2022-launch");
        Set<Quad> before = quads(seedGraph);

        Loader strict = new Loader(pipeline, new GraphValidator(strictShapes(),
                List.of(ReferenceData.ontology().getGraph(), pipeline.reference().getGraph()), pipeline.iris()));
        LoadReport report = strict.load(store, List.of(SEED, NO_OPERATIONS));

        DocumentResult refused = report.documents().get(0);
        assertNull(refused.graph());
        assertTrue(refused.error().matches("\\d+ SHACL violations?: \\S+ skg:launchDate: test: an operation has a launch date .*"),
                refused.error());
        assertTrue(refused.summary().startsWith(SEED + ": REFUSED: "), refused.summary());
        assertTrue(report.documents().get(1).ok(), report.documents().get(1).summary());
        assertEquals(1, report.failed());
        assertEquals(before, quads(seedGraph));
    }

    private static Graph strictShapes() {
        return RDFParser.fromString(STRICT, Lang.TURTLE).toGraph();
    }

    private Set<Quad> quads(Node graph) {
        return Txn.calculateRead(store.datasetGraph(),
                () -> Iter.toSet(store.datasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY)));
    }
}
