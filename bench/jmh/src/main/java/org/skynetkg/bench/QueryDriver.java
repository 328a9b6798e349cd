package org.skynetkg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends one query file to a SPARQL endpoint from C concurrent clients, R requests each after W warm-up requests,
 * and prints p50, p99 (ms) and throughput (queries/s) as one TSV line:
 * {@code QueryDriver LABEL ENDPOINT QUERY.rq CLIENTS REQUESTS WARMUP}.
 */
public final class QueryDriver {
    /** A request that takes longer fails the run for that server and query (Virtuoso 7.2 hangs on some queries). */
    private static final long TIMEOUT_SECONDS = 60;

    public static void main(String[] args) throws Exception {
        String label = args[0];
        String endpoint = args[1];
        Path file = Path.of(args[2]);
        int clients = Integer.parseInt(args[3]);
        int requests = Integer.parseInt(args[4]);
        int warmup = Integer.parseInt(args[5]);
        String body = "query=" + URLEncoder.encode(Files.readString(file), StandardCharsets.UTF_8);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .timeout(java.time.Duration.ofSeconds(TIMEOUT_SECONDS))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int i = 0; i < warmup; i++) {
            send(http, request);
        }
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        List<Future<?>> all = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            all.add(pool.submit(() -> {
                for (int i = 0; i < requests; i++) {
                    long s = System.nanoTime();
                    send(http, request);
                    times.add(System.nanoTime() - s);
                }
                return null;
            }));
        }
        try {
            for (Future<?> f : all) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            // One failed request (timeout, HTTP error) fails the measurement; do not wait for the other clients.
            System.err.println(label + " " + file + ": " + e.getCause());
            pool.shutdownNow();
            System.exit(1);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        pool.shutdown();
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        System.out.printf("%s\t%s\t%d\t%.2f\t%.2f\t%.1f%n", label, file.getFileName(), clients,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1) / 1e6,
                sorted.size() / seconds);
    }

    private static void send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + ": HTTP " + r.statusCode());
        }
    }
}
