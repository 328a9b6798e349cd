package org.skynetkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve on the built jar: the store in use, credentials from the environment, a clean stop on SIGTERM. */
class ServeIT {
    @TempDir
    Path tmp;

    @Test
    void loadWhileServingIsRefusedWithAMessageSayingWhatToDo() throws Exception {
        Path store = tmp.resolve("store");
        try (Served served = Served.start(store, Map.of(), "--load", "data")) {
            Jar.Run load = Jar.run("load", "--store", store.toString(), "data");
            assertEquals(1, load.code());
            assertEquals(1, load.errorLines().size(), load.err());
            String msg = load.err();
            assertTrue(msg.contains("is locked: another skynet-kg process (e.g. 'serve') holds it"), msg);
            assertTrue(msg.contains("Stop that process, or load through it"), msg);
            assertTrue(msg.contains("held by process " + served.process.pid()), msg);
        }
    }

    @Test
    void sigtermStopsCleanlyAndTheStoreOpensAfterwards() throws Exception {
        Path store = tmp.resolve("store");
        Served served = Served.start(store, Map.of(), "--load", "data");
        long start = System.nanoTime();
        assertEquals(0, served.stop(30), "exit code after SIGTERM; stderr: " + served.stderr);
        System.out.printf("SIGTERM to exit: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertTrue(StoreSnapshot.of(store).quads() > 0);
        Jar.Run again = Jar.run("query", "--store", store.toString(), "--format", "csv", "queries/outcomes.rq");
        assertEquals(0, again.code(), again.err());
    }

    @Test
    void credentialsFromTheEnvironmentEnableTheDocumentRoute() throws Exception {
        Path store = tmp.resolve("store");
        String doc = Files.readString(Path.of("data/skynet-2022-launch.txt"));
        HttpClient http = HttpClient.newHttpClient();
        try (Served served = Served.start(store, Map.of("SKYNET_KG_CREDENTIALS", "ed:pw"))) {
            assertTrue(served.stderr.get(served.stderr.size() - 1).contains("documents writable by 'ed'"), served.stderr.toString());
            HttpRequest.Builder put = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + served.port + "/skynet/documents/d1"))
                    .timeout(Duration.ofSeconds(60)).PUT(HttpRequest.BodyPublishers.ofString(doc, StandardCharsets.UTF_8));
            assertEquals(401, http.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
            String auth = "Basic " + Base64.getEncoder().encodeToString("ed:pw".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> ok = http.send(put.header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals(0, served.stop(30));
        }
        try (Served readOnly = Served.start(store, Map.of())) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port
                    + "/skynet/documents/d1")).timeout(Duration.ofSeconds(30)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(404, r.statusCode());
            assertTrue(readOnly.stderr.get(readOnly.stderr.size() - 1).contains("(read-only;"), readOnly.stderr.toString());
            assertEquals(0, readOnly.stop(30));
        }
    }
}
