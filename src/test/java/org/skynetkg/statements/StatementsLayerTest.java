package org.skynetkg.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.load.Inputs;
import org.skynetkg.load.LoadReport;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.BulkPlan;
import org.skynetkg.store.KnowledgeStore;

/**
 * The statements graph on a real TDB2 store, from announcements written for it (src/test/resources/statements):
 * one operation's year reported as a final figure twice, rounded, interim and in conflict.
 */
class StatementsLayerTest {
    static final Path TEXTS = Path.of("src/test/resources/statements");
    static final String YEAR = "https://w3id.org/skynet-kg/id/statement/sky-net-2031/fugitives-returned/person/2031-01-01--2031-12-31";

    @TempDir
    Path dir;

    static LoadReport load(KnowledgeStore store, Loader loader) {
        LoadReport report = loader.load(store, Inputs.expand(List.of(TEXTS)));
        assertEquals(0, report.failed(), report.summary());
        return report;
    }

    static List<String> timeline(KnowledgeStore store) throws IOException {
        return rows(store, Files.readString(Path.of("queries/timeline.rq")));
    }

    static List<String> rows(KnowledgeStore store, String query) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(query).build()) {
                ResultSet rs = qe.execSelect();
                List<String> out = new ArrayList<>();
                rs.forEachRemaining(row -> {
                    List<String> cols = new ArrayList<>();
                    rs.getResultVars().forEach(v -> cols.add(row.get(v) == null ? "" : row.get(v).isLiteral()
                            ? row.getLiteral(v).getLexicalForm() : row.get(v).toString()));
                    out.add(String.join(",", cols).replace("https://w3id.org/skynet-kg/id/", ""));
                });
                return out;
            }
        });
    }

    @Test
    void oneFinalRowPerOperationAndMeasureWithItsSourcesAndTheConflict() throws IOException {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            load(store, new Loader(Pipeline.create()).bulk(null));
            assertEquals(List.of(
                    "operation/sky-net-2031,Sky Net 2031,assets-recovered,9870000000,CNY,2031-01-01,2031-12-31,final,1,0",
                    // The ten-month figure is a statement of its own, interim.
                    "operation/sky-net-2031,Sky Net 2031,fugitives-returned,1905,person,2031-01-01,2031-10-31,interim,1,0",
                    // 2,468 twice and "more than 2,400" agree; 2,486 conflicts.
                    "operation/sky-net-2031,Sky Net 2031,fugitives-returned,2468,person,2031-01-01,2031-12-31,final,3,1",
                    "operation/sky-net-2031,Sky Net 2031,red-notice-fugitives-returned,35,person,2031-01-01,2031-12-31,final,1,0"),
                    timeline(store));
            assertEquals(List.of(
                    "operation/sky-net-2031,fugitives-returned,person,2031-01-01,2031-12-31,2400,atLeast,agreeing,most-sources,1,document/rounded",
                    "operation/sky-net-2031,fugitives-returned,person,2031-01-01,2031-12-31,2486,exact,conflicting,most-sources,1,document/conflicting",
                    "operation/sky-net-2031,fugitives-returned,person,2031-01-01,2031-12-31,2468,exact,preferred,most-sources,2,document/final-ccdi document/final-xinhua"),
                    rows(store, Files.readString(Path.of("queries/conflicts.rq"))));
        }
    }

    @Test
    void theHeadlineIsTheFinalValueAndFallsBackToTheLatestInterim() {
        String headline = """
                PREFIX skg: <https://w3id.org/skynet-kg/ontology#>
                PREFIX schema: <https://schema.org/>
                SELECT ?h ?v ?status WHERE { ?h a skg:HeadlineFigure ; skg:measure ?m ; schema:value ?v ; skg:status ?status
                  FILTER (STRENDS(STR(?m), "/fugitives-returned")) }""";
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            Loader loader = new Loader(Pipeline.create());
            LoadReport interim = loader.load(store, List.of(TEXTS.resolve("interim.txt")));
            assertEquals(0, interim.failed(), interim.summary());
            assertEquals(List.of("headline/sky-net-2031/fugitives-returned/person,1905,https://w3id.org/skynet-kg/vocab/status/interim"),
                    rows(store, headline));
            load(store, loader);
            assertEquals(List.of("headline/sky-net-2031/fugitives-returned/person,2468,https://w3id.org/skynet-kg/vocab/status/final"),
                    rows(store, headline));
        }
    }

    @Test
    void replacingTheConflictingDocumentWithAnAgreeingOneRemovesTheConflict() throws IOException {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            Loader loader = new Loader(Pipeline.create());
            load(store, loader);
            assertTrue(timeline(store).contains(
                    "operation/sky-net-2031,Sky Net 2031,fugitives-returned,2468,person,2031-01-01,2031-12-31,final,3,1"));
            loader.load(store, "conflicting", Files.readAllBytes(TEXTS.resolve("agreeing.replacement")));
            assertTrue(timeline(store).contains(
                    "operation/sky-net-2031,Sky Net 2031,fugitives-returned,2468,person,2031-01-01,2031-12-31,final,4,0"),
                    timeline(store).toString());
            assertEquals(List.of(), rows(store, Files.readString(Path.of("queries/conflicts.rq"))));
        }
    }

    @Test
    void deletingADocumentRemovesItsSupportAndTheLastOneTheStatement() throws IOException {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            Loader loader = new Loader(Pipeline.create());
            load(store, loader);
            loader.delete(store, "final-xinhua");
            assertTrue(timeline(store).contains(
                    "operation/sky-net-2031,Sky Net 2031,fugitives-returned,2468,person,2031-01-01,2031-12-31,final,2,1"));
            String sources = "SELECT ?o { <" + YEAR + "> <https://w3id.org/skynet-kg/ontology#supportedBy> ?o }";
            assertFalse(rows(store, sources).stream().anyMatch(r -> r.contains("final-xinhua")), rows(store, sources).toString());
            for (String id : List.of("final-ccdi", "rounded", "interim", "conflicting")) {
                loader.delete(store, id);
            }
            assertEquals(List.of(), timeline(store));
            assertEquals(0, store.size(Iris.defaults().statementsGraph()), "the statements graph is empty");
        }
    }

    @Test
    void aBulkLoadDerivesTheSameStatementsAsTransactions() {
        Node g = Iris.defaults().statementsGraph();
        Graph viaBulk;
        Graph viaTransactions;
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("bulk"))) {
            load(store, new Loader(Pipeline.create()).bulk(BulkPlan.auto()));
            viaBulk = copy(store, g);
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("txn"))) {
            load(store, new Loader(Pipeline.create()).bulk(null).batchSize(2));
            viaTransactions = copy(store, g);
        }
        assertTrue(viaBulk.size() > 50, "statements written: " + viaBulk.size());
        assertTrue(viaBulk.isIsomorphicWith(viaTransactions));
    }

    private static Graph copy(KnowledgeStore store, Node g) {
        Graph out = GraphFactory.createDefaultGraph();
        DatasetGraph dsg = store.datasetGraph();
        Txn.executeRead(dsg, () -> dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> out.add(q.asTriple())));
        return out;
    }

    @Test
    void aChineseAndAnEnglishReportOfOneFigureAreOneStatementWithTwoSources() throws IOException {
        Path texts = dir.resolve("texts");
        Files.createDirectories(texts);
        Files.writeString(texts.resolve("en.txt"), "---\npublished: 2032-01-12\n---\nThe Sky Net 2031 operation brought back "
                + "2,468 fugitives, the office said.\n");
        Files.writeString(texts.resolve("zh.txt"), "---\npublished: 2032-01-13\n---\n2031年，“天网2031”行动共追回外逃人员2468人。\n");
        try (KnowledgeStore store = KnowledgeStore.open(dir.resolve("store"))) {
            LoadReport r = new Loader(Pipeline.create()).load(store, Inputs.expand(List.of(texts)));
            assertEquals(0, r.failed(), r.summary());
            assertEquals(List.of("operation/sky-net-2031,Sky Net 2031,fugitives-returned,2468,person,2031-01-01,2031-12-31,final,2,0"),
                    timeline(store));
        }
    }
}
