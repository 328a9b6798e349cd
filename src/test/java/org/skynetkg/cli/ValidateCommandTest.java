package org.skynetkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} run in-process, as a user would: on a store loaded with the seed, and on data files. */
class ValidateCommandTest {
    private static final String SEED = "data/skynet-2022-launch.txt";
    private static final String NEGATIVE_VALUE = "src/test/resources/shapes/OutcomeValueShape-invalid.ttl";

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Main().run(args, new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aStoreLoadedWithTheSeedConforms() {
        String store = dir.resolve("store").toString();
        assertEquals(0, run("load", "--store", store, SEED).exit());
        Run r = run("validate", "--store", store);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("1 documents, 0 violations\n", r.out());
    }

    @Test
    void aDataFileWithANegativeValueFails() {
        Run r = run("validate", "--data", NEGATIVE_VALUE);
        assertEquals(1, r.exit(), r.err());
        assertEquals(2, r.out().lines().count(), r.out());
        assertTrue(r.out().startsWith(NEGATIVE_VALUE + ": <http://example.org/total> schema:value: "
                + "An outcome has exactly one value (schema:value), a decimal number not below 0."), r.out());
        assertTrue(r.out().endsWith("1 documents, 1 violations\n"), r.out());
    }

    @Test
    void formatTtlWritesTheShaclReport() {
        Run r = run("validate", "--data", NEGATIVE_VALUE, "--format", "ttl");
        assertEquals(1, r.exit(), r.err());
        Graph report = RDFParser.fromString(r.out(), Lang.TURTLE).toGraph();
        assertEquals(1, report.find(null, SHACL.result, null).toList().size());
        assertEquals("1 documents, 1 violations\n", r.err());
    }

    @Test
    void everyNamedGraphOfATrigFileIsADocument() throws IOException {
        Path trig = dir.resolve("seed.trig");
        Run extract = run("extract", "--format", "trig", SEED);
        Files.writeString(trig, extract.out(), StandardCharsets.UTF_8);
        Run r = run("validate", "--data", trig.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("1 documents, 0 violations\n", r.out());
    }

    @Test
    void aMissingDataFileIsOneLineNamingIt() {
        Run r = run("validate", "--data", dir.resolve("nothing.ttl").toString());
        assertEquals(1, r.exit());
        assertEquals("skynet-kg: " + dir.resolve("nothing.ttl") + ": no such file\n", r.err());
    }
}
