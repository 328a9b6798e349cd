package org.skynetkg.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.skynetkg.load.Inputs;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.store.KnowledgeStore;

/** For tests over HTTP: {@code data/} loaded into a TDB2 store in {@code dir}, served by a real server on a free port. */
public final class SeedServer implements AutoCloseable {
    private final KnowledgeStore store;
    private final SkynetServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private SeedServer(KnowledgeStore store, SkynetServer server) {
        this.store = store;
        this.server = server;
    }

    public static SeedServer start(Path dir) {
        KnowledgeStore store = KnowledgeStore.open(dir);
        new Loader(Pipeline.create()).load(store, Inputs.expand(List.of(Path.of("data"))));
        return new SeedServer(store, SkynetServer.create().store(store).port(0).build().start());
    }

    public SkynetServer server() {
        return server;
    }

    /** {@code http://127.0.0.1:{port}{path}} */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    /** A GET of {@code path}, with {@code accept} as the Accept header unless it is null. */
    public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}
