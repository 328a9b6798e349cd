package org.skynetkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.store.KnowledgeStore;

/** A real server on a free port serves the VoID of the loaded seed, naming the endpoint it is reached at. */
class VoidEndpointTest {
    static final String DATASET = "https://w3id.org/skynet-kg/dataset";

    @TempDir
    Path dir;
    SeedServer seed;

    @BeforeEach
    void setUp() {
        seed = SeedServer.start(dir);
    }

    @AfterEach
    void tearDown() {
        seed.close();
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        return seed.get(path, accept);
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
                    ResourceFactory.createResource(seed.server().sparqlEndpoint())), response.body());
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
        HttpResponse<String> response = seed.send(HttpRequest.newBuilder(seed.uri("/void"))
                .header("Content-Type", "text/turtle").PUT(BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build());
        assertEquals(405, response.statusCode());
    }

    @Test
    void anEmptyStoreHasNoVoid() throws Exception {
        try (KnowledgeStore empty = KnowledgeStore.inMemory()) {
            SkynetServer other = SkynetServer.create().store(empty).port(0).build().start();
            try {
                HttpResponse<String> response = seed.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + other.port() + "/void")).GET().build());
                assertEquals(404, response.statusCode());
            } finally {
                other.stop();
            }
        }
    }
}
