package org.skynetkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 16 clients run the competency queries (and a count of one document's outcomes) for
 * {@code -Dskynet.loadtest.seconds} (default 30) while that document is replaced again and again through the
 * authenticated route: no error responses, the count is always one of its two valid values.
 */
class LoadUnderTrafficIT {
    static final int CLIENTS = 16;
    static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("ed:pw".getBytes(StandardCharsets.UTF_8));
    static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH <https://w3id.org/skynet-kg/graph/document/traffic>"
            + " { ?o a <https://w3id.org/skynet-kg/ontology#Outcome> } }";

    @TempDir
    Path tmp;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void queriesAnswerCorrectlyWhileDocumentsAreReplaced() throws Exception {
        long seconds = Long.getLong("skynet.loadtest.seconds", 30);
        String small = Files.readString(Path.of("data/skynet-2022-launch.txt"));
        String large = small + "\n\n" + Files.readString(Path.of("src/test/resources/announcements/dev/dev02-skynet-2020-results.txt"));
        List<String> queries = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            for (Path q : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                queries.add(Files.readString(q));
            }
        }
        queries.add(COUNT);
        try (Served served = Served.start(tmp.resolve("store"), Map.of("SKYNET_KG_CREDENTIALS", "ed:pw"), "--load", "data")) {
            String base = "http://127.0.0.1:" + served.port;
            assertEquals(200, put(base, large).statusCode());
            long largeCount = count(base);
            assertEquals(200, put(base, small).statusCode());
            long smallCount = count(base);
            assertTrue(largeCount != smallCount, largeCount + " = " + smallCount);

            Set<Long> valid = Set.of(smallCount, largeCount);
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicLong replacements = new AtomicLong();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            List<Future<?>> tasks = new ArrayList<>();
            tasks.add(pool.submit(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    HttpResponse<String> r = put(base, i % 2 == 0 ? large : small);
                    if (r.statusCode() != 200) {
                        problems.add("PUT " + r.statusCode() + " " + r.body());
                    }
                    replacements.incrementAndGet();
                }
                return null;
            }));
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                tasks.add(pool.submit(() -> {
                    for (int i = client; System.nanoTime() < end; i++) {
                        String q = queries.get(i % queries.size());
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = query(base, q);
                        latencies.add(System.nanoTime() - t0);
                        if (r.statusCode() != 200) {
                            problems.add(r.statusCode() + " " + r.body());
                        } else if (q == COUNT && !valid.contains(Long.parseLong(r.body().lines().skip(1).findFirst().orElse("-1").strip()))) {
                            problems.add("count " + r.body().strip() + " not in " + valid);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> t : tasks) {
                t.get(seconds + 120, TimeUnit.SECONDS);
            }
            pool.shutdownNow();
            List<Long> sorted = latencies.stream().sorted().toList();
            System.out.printf("load test: %d clients, %d s, %d queries, %d replacements, %d problems,"
                    + " latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", CLIENTS, seconds, sorted.size(), replacements.get(),
                    problems.size(), ms(sorted, 0.50), ms(sorted, 0.99), ms(sorted, 1.0));
            assertTrue(problems.isEmpty(), problems.stream().limit(5).toList().toString());
            assertTrue(replacements.get() > 1 && sorted.size() > CLIENTS);
            assertEquals(0, served.stop(30));
        }
    }

    static double ms(List<Long> sorted, double q) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
    }

    HttpResponse<String> put(String base, String text) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/skynet/documents/traffic")).timeout(Duration.ofSeconds(60))
                .header("Authorization", AUTH).header("Content-Type", "text/plain; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> query(String base, String sparql) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/skynet/sparql")).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/csv").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    long count(String base) throws Exception {
        return Long.parseLong(query(base, COUNT).body().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
