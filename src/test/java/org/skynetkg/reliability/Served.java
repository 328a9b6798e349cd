package org.skynetkg.reliability;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code serve} running in a child process on 127.0.0.1, started and waited for with a bound. */
final class Served implements AutoCloseable {
    final Process process;
    final int port;
    final List<String> stderr = java.util.Collections.synchronizedList(new ArrayList<>());

    private Served(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Served start(Path store, Map<String, String> env, String... options) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> args = new ArrayList<>(List.of("serve", "--store", store.toString(), "--port", String.valueOf(port)));
        args.addAll(List.of(options));
        Served served = new Served(Jar.builder(List.of(), args, env).start(), port);
        BufferedReader err = new BufferedReader(new InputStreamReader(served.process.getErrorStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while (System.nanoTime() < deadline && (line = err.readLine()) != null) {
            served.stderr.add(line);
            if (line.startsWith("serving http://127.0.0.1:" + port + "/skynet/sparql")) {
                Thread drain = new Thread(() -> {
                    try {
                        err.lines().forEach(served.stderr::add);
                    } catch (java.io.UncheckedIOException closed) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return served;
            }
        }
        served.process.destroyForcibly();
        throw new AssertionError("serve never said it was serving: " + served.stderr);
    }

    /** SIGTERM, then the exit code (or -1 if it did not stop within the bound). */
    int stop(int seconds) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            return -1;
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
