package org.skynetkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands the README shows, run as a user runs them: through {@code bin/skynet-kg} on the built jar (style:
 * robot's CommandLineIT). {@link LauncherIT} covers what the launcher adds.
 */
class CommandLineIT {
    static final Path LAUNCHER = Path.of("bin/skynet-kg");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) throws Exception {
        return run(Map.of(), args);
    }

    /** Runs the launcher with {@code env} added to an environment without JAVA_OPTS or SKYNET_KG_JAR. */
    static Run run(Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(LAUNCHER.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(cmd);
        b.environment().remove("JAVA_OPTS");
        b.environment().remove("SKYNET_KG_JAR");
        b.environment().putAll(env);
        Process p = b.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), out, err);
    }

    @Test
    void theReadmeShowsTheCommandsRunHere() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("\nmvn -B -q package -DskipTests && " + LAUNCHER + " serve --load data\n"), "quick start");
        assertTrue(readme.contains("\nmvn -B verify\n"), "the test command");
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String c : List.of("load", "extract", "query", "serve")) {
            assertTrue(r.out().contains("  " + c + " "), r.out());
            assertEquals(0, run(c, "--help").code(), c);
        }
        assertEquals("", r.err(), "no SLF4J or other noise on stderr");
    }

    @Test
    void loadThenQueryGivesTheGoldenOutcomes() throws Exception {
        Path store = tmp.resolve("store");
        Run load = run("load", "--store", store.toString(), "data");
        assertEquals(0, load.code(), load.err());
        assertTrue(load.out().matches("(?s)data/skynet-2022-launch.txt: \\d+ facts, \\d+ triples -> <.*>\\R"), load.out());
        Run query = run("query", "--store", store.toString(), "--format", "csv", "queries/outcomes.rq");
        assertEquals(0, query.code(), query.err());
        assertEquals(Files.readAllLines(Path.of("src/test/resources/golden/seed/outcomes.csv")), query.out().lines().toList());
    }

    @Test
    void extractWritesTurtleThatParses() throws Exception {
        Run r = run("extract", "data/skynet-2022-launch.txt", "--format", "ttl");
        assertEquals(0, r.code(), r.err());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(r.out(), Lang.TURTLE).parse(m);
        assertTrue(m.size() > 100, "triples: " + m.size());
        Run explain = run("extract", "data/skynet-2022-launch.txt", "--explain");
        assertTrue(explain.out().contains("rule "), explain.out());
    }

    @Test
    void errorsAreOneLineAndNonZero() throws Exception {
        Run missing = run("load", "--store", tmp.resolve("s").toString(), "no-such-file.txt");
        assertEquals(1, missing.code());
        assertEquals("skynet-kg: no-such-file.txt: no such file or directory", missing.err().strip());
        Run format = run("extract", "data/skynet-2022-launch.txt", "--format", "yaml");
        assertEquals(2, format.code());
        assertEquals(1, format.err().strip().lines().count(), format.err());
        Path bad = tmp.resolve("bad.rq");
        Files.writeString(bad, "SELECT * WHERE {\n  ?s ?p \n");
        Run syntax = run("query", "--store", tmp.resolve("s2").toString(), bad.toString());
        assertEquals(1, syntax.code());
        assertTrue(syntax.err().matches("(?s)skynet-kg: .*bad\\.rq: .*line \\d+, column \\d+.*"), syntax.err());
        assertEquals(1, syntax.err().strip().lines().count(), syntax.err());
    }

    @Test
    void serveLoadsAndAnswersOnLocalhost() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(LAUNCHER.toString(), "serve", "--store", tmp.resolve("served").toString(),
                "--load", "data", "--port", String.valueOf(port)).start();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean serving = false;
            while (!serving && (line = err.readLine()) != null) {
                serving = line.startsWith("serving http://127.0.0.1:" + port + "/skynet/sparql");
            }
            assertTrue(serving, "serve never said it was serving");
            String q = URLEncoder.encode("SELECT (COUNT(*) AS ?n) WHERE { ?o a <https://w3id.org/skynet-kg/ontology#Outcome> }",
                    StandardCharsets.UTF_8);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/skynet/sparql?query=" + q)).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("4", r.body().lines().skip(1).findFirst().orElse("").strip());
        } finally {
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
        }
    }
}
