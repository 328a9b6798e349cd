package org.skynetkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.generate.CorpusGenerator;
import org.skynetkg.store.BulkPlan;
import org.skynetkg.store.KnowledgeStore;

/** Batched and bulk loads store the same graphs as one document per transaction. */
class LoaderBatchTest {
    private static final Pipeline PIPELINE = Pipeline.create();

    @Test
    void bulkIntoAnEmptyStoreAndBatchesGiveTheSameGraphs(@TempDir Path dir) {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(PIPELINE.gazetteer()).generate(12, 3, corpus);
        List<Path> files = Inputs.expand(List.of(corpus));
        try (KnowledgeStore bulk = KnowledgeStore.open(dir.resolve("bulk"));
             KnowledgeStore batched = KnowledgeStore.open(dir.resolve("batched"))) {
            LoadReport a = new Loader(PIPELINE).bulk(BulkPlan.PHASED).load(bulk, files);
            LoadReport b = new Loader(PIPELINE).bulk(null).batchSize(5).load(batched, files);
            assertEquals(12, a.loaded());
            assertEquals(12, b.loaded());
            assertEquals(bulk.graphNames(), batched.graphNames());
            for (DocumentResult r : a.documents()) {
                org.apache.jena.graph.Node g = org.apache.jena.graph.NodeFactory.createURI(r.graph());
                assertEquals(r.triples(), bulk.size(g), r.source());
                assertEquals(bulk.size(g), batched.size(g), r.source());
            }
            // Loading again into the non-empty store replaces the graphs: no duplicates.
            new Loader(PIPELINE).batchSize(7).load(bulk, files);
            assertEquals(batched.graphNames(), bulk.graphNames());
        }
    }

    @Test
    void theProgressLineSaysDoneRateAndTimeLeft() {
        AtomicLong now = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressMeter meter = new ProgressMeter(new PrintStream(bytes, true, StandardCharsets.UTF_8), now::get);
        meter.start(100);
        now.set(1_000_000_000L);
        meter.documentDone();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8), "not before 2 s");
        now.set(2_000_000_000L);
        meter.documentDone();
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("2/100 documents, 1 docs/s, 1:38 left"),
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void twoFilesWithOneIdAreNotOneDocument(@TempDir Path dir) throws Exception {
        Path a = java.nio.file.Files.createDirectories(dir.resolve("a")).resolve("same.txt");
        Path b = java.nio.file.Files.createDirectories(dir.resolve("b")).resolve("same.txt");
        java.nio.file.Files.copy(Path.of("data/skynet-2022-launch.txt"), a);
        java.nio.file.Files.writeString(b, "---\npublished: 2041-01-15\n---\nThe Sky Net 2040 operation brought back 1,357 fugitives.\n");
        for (org.skynetkg.store.BulkPlan bulk : java.util.Arrays.asList(org.skynetkg.store.BulkPlan.auto(), null)) {
            try (org.skynetkg.store.KnowledgeStore store = org.skynetkg.store.KnowledgeStore.open(dir.resolve("store-" + bulk))) {
                LoadReport r = new Loader(Pipeline.create()).bulk(bulk).load(store, List.of(a, b));
                assertEquals(1, r.failed(), r.summary());
                assertTrue(r.summary().contains(b.toString()), r.summary());
                DocumentResult refused = r.documents().stream().filter(x -> x.source().equals(b.toString())).findFirst().orElseThrow();
                assertTrue(refused.error().contains("same document id as " + a), refused.error());
            }
        }
    }
}
