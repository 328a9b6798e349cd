package org.skynetkg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.skynetkg.load.Pipeline;

/**
 * The seed's graph, compared as a graph with the expected Turtle (style: CARML's MappingTester). The expected
 * file was written by {@code extract --format ttl} and checked by hand against the text (see README.md beside it);
 * regenerate it the same way when the mapping changes on purpose, and review the diff.
 */
class GoldenGraphTest {
    @Test
    void seedGraphIsTheExpectedOne() {
        Pipeline pipeline = Pipeline.create();
        Graph actual = ModelFactory.createDefaultModel().getGraph();
        pipeline.toRdf(pipeline.extract(Path.of("data/skynet-2022-launch.txt")), StreamRDFLib.graph(actual));
        Model expected = RDFDataMgr.loadModel("src/test/resources/golden/seed/skynet-2022-launch.ttl");
        assertTrue(expected.getGraph().isIsomorphicWith(actual), () -> {
            Model a = ModelFactory.createModelForGraph(actual);
            return "missing: " + expected.difference(a).listStatements().toList()
                    + "\nunexpected: " + a.difference(expected).listStatements().toList();
        });
    }
}
