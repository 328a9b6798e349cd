package org.skynetkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.SkynetException;
import org.skynetkg.store.KnowledgeStore;

class SkynetServerTest {
    static final String SKG = "https://w3id.org/skynet-kg/ontology#";
    static final String OP = "https://w3id.org/skynet-kg/id/operation/sky-net-2022";
    static final String DOC1 = "https://w3id.org/skynet-kg/graph/doc-1";
    // No GRAPH clause: the triple is only in a named graph, so this finds it only through the union default graph.
    static final String SELECT_YEAR = "SELECT ?year { <" + OP + "> <" + SKG + "year> ?year }";

    @TempDir
    Path dir;
    KnowledgeStore store;
    SkynetServer server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        store = KnowledgeStore.open(dir);
        store.replaceGraph(NodeFactory.createURI(DOC1), out -> out.triple(Triple.create(NodeFactory.createURI(OP),
                NodeFactory.createURI(SKG + "year"), NodeFactory.createLiteralString("2022"))));
        server = SkynetServer.create().store(store).port(0).outputBufferSize(16 * 1024).build().start();
    }

    @AfterEach
    void tearDown() {
        server.stop();
        store.close();
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        // A refused write may close the connection; a fresh client keeps the next request off that connection.
        HttpClient client = request.method().equals("GET") ? http : HttpClient.newHttpClient();
        return client.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> query(String path, String accept) throws IOException, InterruptedException {
        String url = "http://127.0.0.1:" + server.port() + path + "?query="
                + URLEncoder.encode(SELECT_YEAR, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    static void assertOk(HttpResponse<String> response, String contentType, String row) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(contentType),
                response.headers().toString());
        assertTrue(response.body().contains(row), response.body());
    }

    @Test
    void answersQueriesOverTheUnionOfNamedGraphs() throws Exception {
        assertOk(query("/skynet/sparql", "application/sparql-results+json"), "application/sparql-results+json",
                "\"value\": \"2022\"");
        assertOk(query("/skynet/sparql", "application/sparql-results+xml"), "application/sparql-results+xml",
                "<literal>2022</literal>");
        assertOk(query("/skynet/query", "text/csv"), "text/csv", "year\r\n2022\r\n");
        assertOk(query("/skynet", "text/tab-separated-values"), "text/tab-separated-values", "?year\n\"2022\"\n");
    }

    @Test
    void anInMemoryStoreAlsoServesTheUnion() throws Exception {
        try (KnowledgeStore memory = KnowledgeStore.inMemory()) {
            memory.replaceGraph(NodeFactory.createURI(DOC1), out -> out.triple(Triple.create(NodeFactory.createURI(OP),
                    NodeFactory.createURI(SKG + "year"), NodeFactory.createLiteralString("2023"))));
            SkynetServer other = SkynetServer.create().store(memory).port(0).build().start();
            try {
                String url = other.sparqlEndpoint() + "?query=" + URLEncoder.encode(SELECT_YEAR, StandardCharsets.UTF_8);
                assertOk(send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/csv").GET().build()),
                        "text/csv", "year\r\n2023\r\n");
            } finally {
                other.stop();
            }
        }
    }

    @Test
    void endpointIsOnTheHostAndPortBound() {
        assertEquals("http://127.0.0.1:" + server.port() + "/skynet/sparql", server.sparqlEndpoint());
        assertTrue(server.port() > 0);
    }

    @Test
    void refusesUpdatesAndGraphStoreWrites() throws Exception {
        String update = "update=" + URLEncoder.encode("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }", StandardCharsets.UTF_8);
        for ( String path : new String[] {"/skynet/update", "/skynet", "/skynet/sparql"} ) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString(update)).build());
            assertClientError(path, response);
        }
        for ( String path : new String[] {"/skynet/data?default", "/skynet?default", "/skynet/get?default"} ) {
            HttpResponse<String> put = send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "text/turtle")
                    .PUT(BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build());
            assertClientError("PUT " + path, put);
        }
        HttpResponse<String> count = send(HttpRequest.newBuilder(uri("/skynet/sparql?query="
                + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").GET().build());
        assertEquals("n\r\n1\r\n", count.body());
        assertEquals(1, store.graphNames().size());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static void assertClientError(String what, HttpResponse<String> response) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, what + " answered " + status);
    }

    @Test
    void everyConnectorHasTheConfiguredOutputBuffer() {
        Connector[] connectors = server.fusekiServer().getJettyServer().getConnectors();
        assertEquals(1, connectors.length);
        HttpConnectionFactory factory = connectors[0].getConnectionFactory(HttpConnectionFactory.class);
        assertEquals(16 * 1024, factory.getHttpConfiguration().getOutputBufferSize());
    }

    @Test
    void bindsToLoopbackByDefault() throws IOException {
        ServerConnector connector = (ServerConnector) server.fusekiServer().getJettyServer().getConnectors()[0];
        assertEquals("127.0.0.1", connector.getHost());
        InetSocketAddress bound = (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
        assertEquals("127.0.0.1", bound.getAddress().getHostAddress());
    }

    @Test
    void buildNamesTheBadSetting() {
        assertEquals("Port must be 0..65535 (0 = any free port): 70000", assertThrows(SkynetException.class,
                () -> SkynetServer.create().store(store).port(70000).build()).getMessage());
        assertEquals("No dataset: call store(...) or dataset(...)", assertThrows(SkynetException.class,
                () -> SkynetServer.create().build()).getMessage());
        assertEquals("Output buffer size must be positive: 0", assertThrows(SkynetException.class,
                () -> SkynetServer.create().store(store).outputBufferSize(0).build()).getMessage());
        assertTrue(assertThrows(SkynetException.class, () -> SkynetServer.create().store(store).datasetName("skynet")
                .build()).getMessage().endsWith(": 'skynet'"));
    }
}
