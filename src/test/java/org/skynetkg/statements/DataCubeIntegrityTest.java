package org.skynetkg.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.generate.CorpusGenerator;
import org.skynetkg.load.Inputs;
import org.skynetkg.load.LoadReport;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.store.KnowledgeStore;

/**
 * The statements and headline figures as RDF Data Cube observations pass the W3C integrity constraints
 * (src/test/resources/datacube, one ASK query per constraint, true when violated): on the seed with the
 * statements announcements, and on a generated corpus. A broken cube fails them.
 */
class DataCubeIntegrityTest {
    @TempDir
    Path dir;

    static Map<String, String> constraints() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/datacube"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".rq")).toList()) {
                out.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return out;
    }

    static List<String> violated(DatasetGraph dsg) throws IOException {
        return Txn.calculateRead(dsg, () -> {
            try {
                return constraints().entrySet().stream().filter(c -> {
                    try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(c.getValue()).build()) {
                        return qe.execAsk();
                    }
                }).map(Map.Entry::getKey).toList();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static long observations(KnowledgeStore store) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(
                    "SELECT (COUNT(*) AS ?n) { ?o a <http://purl.org/linked-data/cube#Observation> }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void theSeedAndTheStatementsAnnouncementsPassEveryConstraint() throws IOException {
        assertEquals(19, constraints().size());
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            LoadReport r = new Loader(Pipeline.create()).load(store, Inputs.expand(List.of(Path.of("data"),
                    Path.of("src/test/resources/statements"))));
            assertEquals(0, r.failed(), r.summary());
            assertTrue(observations(store) > 10, "observations: " + observations(store));
            assertEquals(List.of(), violated(store.datasetGraph()));
        }
    }

    @Test
    void aGeneratedCorpusPassesEveryConstraint() throws IOException {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(Pipeline.create().gazetteer()).generate(150, 7, corpus);
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            LoadReport r = new Loader(Pipeline.create()).load(store, Inputs.expand(List.of(corpus)));
            assertEquals(0, r.failed(), r.summary());
            assertTrue(observations(store) > 50, "observations: " + observations(store));
            assertEquals(List.of(), violated(store.datasetGraph()));
        }
    }

    @Test
    void aBrokenCubeFailsTheConstraints() throws IOException {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            new Loader(Pipeline.create()).load(store, List.of(Path.of("data/skynet-2022-launch.txt")));
            Model broken = ModelFactory.createDefaultModel();
            DatasetGraph dsg = store.datasetGraph();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> broken.getGraph().add(q.asTriple())));
            // An observation without its reference period and a second one with the seed's key: IC-11 and IC-12.
            RDFParser.fromString("""
                    PREFIX qb: <http://purl.org/linked-data/cube#>
                    PREFIX skg: <https://w3id.org/skynet-kg/ontology#>
                    <http://example.org/obs> a qb:Observation ; qb:dataSet <https://w3id.org/skynet-kg/dataset/statements> ;
                        skg:outcomeOf <https://w3id.org/skynet-kg/id/operation/sky-net-2021> .
                    <http://example.org/copy> a qb:Observation ; qb:dataSet <https://w3id.org/skynet-kg/dataset/headline> ;
                        skg:outcomeOf <https://w3id.org/skynet-kg/id/operation/sky-net-2021> ;
                        skg:measure <https://w3id.org/skynet-kg/vocab/measure/fugitives-returned> ;
                        skg:unit <https://w3id.org/skynet-kg/vocab/unit/person> .
                    """, Lang.TURTLE).parse(broken);
            List<String> v = violated(DatasetFactory.wrap(broken).asDatasetGraph());
            assertTrue(v.contains("ic-11.rq"), v.toString());
            assertTrue(v.contains("ic-12.rq"), v.toString());
            assertFalse(v.contains("ic-01.rq"), v.toString());
        }
    }
}
