package org.skynetkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.store.KnowledgeStore;

/** A real server on a free port serves the VoID of the loaded seed, naming the endpoint it is reached at. */
class VoidEndpointTest {
    static final String DATASET = "https://w3id.org/skynet-kg/dataset";

    @TempDir
    Path dir;
    KnowledgeStore store;
    SkynetServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        store = KnowledgeStore.open(dir);
        new Loader(Pipeline.create()).load(store, List.of(Path.of("data/skynet-2022-launch.txt")));
        server = SkynetServer.create().store(store).port(0).build().start();
    }

    @AfterEach
    void tearDown() {
        server.stop();
        store.close();
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Accept", accept).GET().build(), BodyHandlers.ofString());
    }

    static Model parse(String body, String lang) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(body), null, lang);
        return m;
    }

    @Test
    void voidIsTurtleWithTheSparqlEndpoint() throws Exception {
        for (String path : new String[] {"/void", "/.well-known/void"}) {
            HttpResponse<String> response = get(path, "text/turtle");
            assertEquals(200, response.statusCode(), path + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
            Model m = parse(response.body(), "TURTLE");
            assertTrue(m.contains(ResourceFactory.createResource(DATASET), VOID.sparqlEndpoint,
                    ResourceFactory.createResource(server.sparqlEndpoint())), response.body());
        }
    }

    @Test
    void jsonLdOnRequest() throws Exception {
        HttpResponse<String> response = get("/void", "application/ld+json");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        assertTrue(parse(response.body(), "JSON-LD").contains(ResourceFactory.createResource(DATASET), VOID.triples));
    }

    @Test
    void voidIsReadOnly() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/void"))
                .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build(),
                BodyHandlers.ofString());
        assertEquals(405, response.statusCode());
    }

    @Test
    void anEmptyStoreHasNoVoid() throws Exception {
        try (KnowledgeStore empty = KnowledgeStore.inMemory()) {
            SkynetServer other = SkynetServer.create().store(empty).port(0).build().start();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + other.port() + "/void")).GET().build(), BodyHandlers.ofString());
                assertEquals(404, response.statusCode());
            } finally {
                other.stop();
            }
        }
    }
}
