package org.skynetkg.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skynetkg.load.Inputs;
import org.skynetkg.load.LoadReport;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.server.SkynetServer;
import org.skynetkg.store.KnowledgeStore;

/**
 * The seed announcement end to end: loaded into a real TDB2 store, served by a real Fuseki on a free port,
 * every query of {@code queries/} run over HTTP and compared with the golden rows in {@code golden/seed/}.
 */
class SeedEndToEndTest {
    @TempDir
    static Path storeDir;
    static KnowledgeStore store;
    static SkynetServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void loadAndServe() {
        store = KnowledgeStore.open(storeDir);
        LoadReport report = new Loader(Pipeline.create()).load(store, Inputs.expand(List.of(Path.of("data"))));
        assertEquals(0, report.failed(), report.summary());
        server = SkynetServer.create().store(store).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static Stream<String> goldenQueries() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden/seed"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                    .map(n -> n.replace(".csv", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("goldenQueries")
    void queryOverHttpReturnsTheExpectedRows(String name) throws Exception {
        String query = Files.readString(Path.of("queries", name + ".rq"));
        HttpResponse<String> response = post(query, "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/golden/seed", name + ".csv"));
        List<String> actual = response.body().lines().toList();
        assertEquals(expected, actual);
    }

    @Test
    void everyQueryFileRunsOverHttp() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("queries"))) {
            for (Path q : files.filter(p -> p.toString().endsWith(".rq")).filter(p -> !p.toString().contains("federated")).toList()) {
                HttpResponse<String> response = post(Files.readString(q), "application/sparql-results+json");
                assertEquals(200, response.statusCode(), q + ": " + response.body());
                assertTrue(response.body().contains("\"bindings\""), q.toString());
            }
        }
    }

    @Test
    void everyFigureIsWrittenInTheSentenceItCameFrom() throws Exception {
        String text = Files.readString(Path.of("data/skynet-2022-launch.txt"));
        List<String> rows = post(Files.readString(Path.of("queries/sources.rq")), "text/tab-separated-values")
                .body().lines().skip(1).toList();
        assertEquals(4, rows.size());
        for (String row : rows) {
            String[] cols = row.split("\t");
            String quote = cols[4].replaceAll("^\"|\"$", "").replace("\\\"", "\"");
            int start = Integer.parseInt(cols[5].replaceAll("^\"(\\d+)\".*$", "$1"));
            int end = Integer.parseInt(cols[6].replaceAll("^\"(\\d+)\".*$", "$1"));
            assertEquals(text.substring(start, end), quote, "offsets of " + row);
        }
    }

    @Test
    void aCountIsFoundByItsNumberAndMoneyKeepsItsDecimalForm() throws Exception {
        // The seed's last sentence: "recovered 1,273 fugitives ... 16.74 billion yuan". Read back from TDB2.
        String count = post("ASK { ?o <https://schema.org/value> 1273 }", "application/sparql-results+json").body();
        assertTrue(count.contains("true"), count);
        String money = post("SELECT ?v { ?o a <https://w3id.org/skynet-kg/ontology#Outcome> ; <https://schema.org/value> ?v FILTER (?v > 1000000) }", "text/csv").body();
        assertEquals(List.of("v", "16740000000.0"), money.lines().toList());
        String datatype = post("SELECT (DATATYPE(?v) AS ?t) { ?o a <https://w3id.org/skynet-kg/ontology#Outcome> ; <https://schema.org/value> ?v FILTER (?v > 1000000) }",
                "text/csv").body();
        assertEquals(List.of("t", "http://www.w3.org/2001/XMLSchema#decimal"), datatype.lines().toList());
    }

    @Test
    void updatesAreRefused() throws Exception {
        String update = "update=" + URLEncoder.encode("INSERT DATA { <urn:x> <urn:y> <urn:z> }", StandardCharsets.UTF_8);
        for (String path : List.of("/skynet", "/skynet/sparql", "/skynet/update")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(r.statusCode() >= 400, path + " accepted an update: " + r.statusCode());
        }
        HttpResponse<String> ask = post("ASK { <urn:x> ?p ?o }", "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private static HttpResponse<String> post(String query, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                .header("Content-Type", "application/sparql-query").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
