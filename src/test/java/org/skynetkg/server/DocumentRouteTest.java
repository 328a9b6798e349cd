package org.skynetkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skynetkg.server.ServerFixture.PASSWORD;
import static org.skynetkg.server.ServerFixture.USER;
import static org.skynetkg.server.ServerFixture.basic;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.store.KnowledgeStore;

/** The authenticated document route: who may write, what a write does, and what readers see meanwhile. */
class DocumentRouteTest {
    static final String GRAPH = "https://w3id.org/skynet-kg/graph/document/";
    static final String AUTH = basic(USER, PASSWORD);

    @TempDir
    Path dir;
    KnowledgeStore store;
    SkynetServer server;
    ServerFixture client;

    void start(boolean withCredentials) {
        store = KnowledgeStore.open(dir);
        Loader loader = new Loader(Pipeline.create());
        loader.load(store, List.of());
        SkynetServerBuilder b = SkynetServer.create().store(store).loader(loader).port(0);
        if (withCredentials) {
            b.credentials(Credentials.parse(USER + ":" + PASSWORD, "test"));
        }
        server = b.build().start();
        client = new ServerFixture(server.port());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    static String text(String file) throws Exception {
        return Files.readString(Path.of(file));
    }

    long size(String id) throws Exception {
        return client.count("SELECT (COUNT(*) AS ?n) { GRAPH <" + GRAPH + id + "> { ?s ?p ?o } }");
    }

    @Test
    void withoutCredentialsTheRouteDoesNotExist() throws Exception {
        start(false);
        assertEquals(404, client.put("doc", text("data/skynet-2022-launch.txt"), AUTH).statusCode());
        assertEquals(404, client.delete("doc", AUTH).statusCode());
        assertEquals(0, size("doc"));
    }

    @Test
    void withoutOrWithWrongAuthenticationWritesAreRefused() throws Exception {
        start(true);
        String doc = text("data/skynet-2022-launch.txt");
        HttpResponse<String> none = client.put("doc", doc, null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), none.headers().toString());
        assertEquals(401, client.put("doc", doc, basic(USER, "wrong")).statusCode());
        assertEquals(401, client.put("doc", doc, basic("other", PASSWORD)).statusCode());
        assertEquals(401, client.put("doc", doc, "Bearer " + PASSWORD).statusCode());
        assertEquals(401, client.delete("doc", basic(USER, PASSWORD + "x")).statusCode());
        assertEquals(0, size("doc"));
    }

    @Test
    void putLoadsReplacesAndDeleteRemoves() throws Exception {
        start(true);
        HttpResponse<String> put = client.put("doc", text("data/skynet-2022-launch.txt"), AUTH);
        assertEquals(200, put.statusCode(), put.body());
        assertTrue(put.body().matches("doc: \\d+ facts, \\d+ triples -> <" + GRAPH + "doc>\\R"), put.body());
        long first = size("doc");
        assertTrue(first > 100, "triples: " + first);
        assertEquals(200, client.put("doc", text("data/skynet-2022-launch.txt"), AUTH).statusCode());
        assertEquals(first, size("doc"), "replaced, not added to");
        assertEquals(4, client.count("SELECT (COUNT(*) AS ?n) { ?o a <https://w3id.org/skynet-kg/ontology#Outcome> }"));
        HttpResponse<String> deleted = client.delete("doc", AUTH);
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals(0, size("doc"), deleted.body() + client.query("SELECT * { GRAPH <" + GRAPH + "doc> { ?s ?p ?o } }").body());
        assertEquals(404, client.delete("doc", AUTH).statusCode());
    }

    @Test
    void badAnnouncementsAndIdsAreRefusedAndChangeNothing() throws Exception {
        start(true);
        assertEquals(200, client.put("doc", text("data/skynet-2022-launch.txt"), AUTH).statusCode());
        long before = size("doc");
        HttpResponse<String> empty = client.put("doc", "", AUTH);
        assertEquals(400, empty.statusCode());
        assertEquals("doc: REFUSED: file is empty", empty.body().strip());
        HttpResponse<String> frontMatter = client.put("doc", "---\ntitle: x\nno colon here\n---\nText.", AUTH);
        assertEquals(400, frontMatter.statusCode());
        assertTrue(frontMatter.body().contains("front matter line 3"), frontMatter.body());
        assertEquals(404, client.put("Not%20A%20Slug", "text", AUTH).statusCode());
        assertEquals(before, size("doc"));
    }

    @Test
    void readersSeeTheOldOrTheNewDocumentNeverAHalf() throws Exception {
        start(true);
        String small = text("data/skynet-2022-launch.txt");
        StringBuilder large = new StringBuilder(small);
        try (var files = Files.list(Path.of("src/test/resources/announcements/dev"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                large.append("\n\n").append(Files.readString(f).replaceAll("(?s)^---.*?\n---\n", ""));
            }
        }
        assertEquals(200, client.put("doc", large.toString(), AUTH).statusCode());
        long bigSize = size("doc");
        assertEquals(200, client.put("doc", small, AUTH).statusCode());
        long smallSize = size("doc");
        assertTrue(bigSize > smallSize, bigSize + " vs " + smallSize);

        Set<Long> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService readers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> reads = List.of(1, 2, 3, 4).stream().map(i -> readers.submit(() -> {
                int n = 0;
                while (writing.get() && n < 10_000) {
                    seen.add(size("doc"));
                    n++;
                }
                return n;
            })).toList();
            for (int i = 0; i < 20; i++) {
                assertEquals(200, client.put("doc", i % 2 == 0 ? large.toString() : small, AUTH).statusCode());
            }
            writing.set(false);
            int total = 0;
            for (Future<Integer> f : reads) {
                total += f.get(60, TimeUnit.SECONDS);
            }
            assertTrue(total > 0);
        } finally {
            writing.set(false);
            readers.shutdownNow();
        }
        assertEquals(Set.of(bigSize, smallSize), seen, "readers saw only whole documents");
    }
}
