package org.skynetkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skynetkg.generate.CorpusGenerator;
import org.skynetkg.load.Inputs;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.store.KnowledgeStore;

/**
 * The shipped queries rewritten for large stores give the same rows as their plain formulations
 * ({@code src/test/resources/plain-queries}) on a TDB2 store with the seed and 40 generated announcements, where
 * operations, their names and periods are restated by many documents.
 */
class ScalableQueriesTest {
    @TempDir
    static Path dir;
    private static KnowledgeStore store;

    @BeforeAll
    static void load() {
        Pipeline pipeline = Pipeline.create();
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(pipeline.gazetteer()).generate(40, 11, corpus);
        List<Path> files = Inputs.expand(List.of(Path.of("data/skynet-2022-launch.txt"), corpus));
        store = KnowledgeStore.open(dir.resolve("store"));
        assertEquals(41, new Loader(pipeline).load(store, files).loaded());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"agency-roles.rq", "outcomes.rq"})
    void theRewrittenQueryGivesThePlainQuerysRows(String name) throws IOException {
        List<String> shipped = rows(Files.readString(Path.of("queries", name)));
        List<String> plain = rows(Files.readString(Path.of("src/test/resources/plain-queries", name)));
        assertTrue(shipped.size() > 40, name + " gives " + shipped.size() + " rows");
        assertEquals(plain.get(0), shipped.get(0), "the columns");
        assertEquals(plain.stream().sorted().toList(), shipped.stream().sorted().toList());
    }

    private static List<String> rows(String query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(query, ResultFormat.CSV, out);
        return List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
    }
}
