package org.skynetkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.store.KnowledgeStore;

/** A public endpoint: runaway queries are cancelled, results are capped, SERVICE is off, browsers may call it. */
class SafeEndpointTest {
    // Four-way cartesian product over the thousands of triples of the store: would run for days.
    static final String RUNAWAY = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    Path dir;
    KnowledgeStore store;
    SkynetServer server;
    ServerFixture client;

    @BeforeEach
    void start() {
        store = KnowledgeStore.open(dir);
        new Loader(Pipeline.create()).load(store, List.of(Path.of("data/skynet-2022-launch.txt")));
        server = SkynetServer.create().store(store).port(0).queryTimeout(Duration.ofSeconds(1)).maxResults(10)
                .build().start();
        client = new ServerFixture(server.port());
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void aRunawayQueryIsCancelledAndOthersStillAnswer() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = client.query(RUNAWAY);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
        assertTrue(seconds < 10, "took " + seconds + " s");
        assertEquals(1, client.count("SELECT (COUNT(*) AS ?n) { BIND(1 AS ?x) }"));
    }

    @Test
    void selectResultsAreCappedAtMaxResults() throws Exception {
        assertEquals(10, rows("SELECT * { ?s ?p ?o }"));
        assertEquals(10, rows("SELECT * { ?s ?p ?o } LIMIT 1000"));
        assertEquals(3, rows("SELECT * { ?s ?p ?o } LIMIT 3"));
        assertTrue(client.count("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }") > 10, "aggregates still see everything");
    }

    long rows(String sparql) throws Exception {
        HttpResponse<String> r = client.query(sparql);
        assertEquals(200, r.statusCode(), r.body());
        return r.body().lines().count() - 1;
    }

    @Test
    void serviceToRemoteEndpointsIsOff() throws Exception {
        HttpResponse<String> r = client.query("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertTrue(r.statusCode() >= 400, r.statusCode() + " " + r.body());
        assertTrue(r.body().toLowerCase().contains("service"), r.body());
    }

    @Test
    void browsersGetACorsPreflightAnswer() throws Exception {
        HttpResponse<String> r = client.send(client.request("/skynet/sparql")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "GET").build());
        assertTrue(r.statusCode() < 300, "preflight answered " + r.statusCode());
        String allowed = r.headers().firstValue("Access-Control-Allow-Origin").orElse("");
        assertTrue(allowed.equals("*") || allowed.equals("https://example.org"), r.headers().toString());
    }
}
