package org.skynetkg.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** HTTP helpers for the server tests: queries as CSV, documents with basic auth; every request has a timeout. */
final class ServerFixture {
    static final String USER = "editor";
    static final String PASSWORD = "s3cret:with-colon";
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    ServerFixture(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(REQUEST_TIMEOUT);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
        return send(request("/skynet/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))
                .header("Accept", "text/csv").GET().build());
    }

    /** The single value of a one-row, one-column CSV result. */
    long count(String sparql) throws IOException, InterruptedException {
        HttpResponse<String> r = query(sparql);
        if (r.statusCode() != 200) {
            throw new AssertionError("query answered " + r.statusCode() + ": " + r.body());
        }
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    HttpResponse<String> put(String id, String text, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = request("/skynet/documents/" + id).header("Content-Type", "text/plain; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b.build());
    }

    HttpResponse<String> delete(String id, String authorization) throws IOException, InterruptedException {
        HttpRequest.Builder b = request("/skynet/documents/" + id).DELETE();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return send(b.build());
    }
}
