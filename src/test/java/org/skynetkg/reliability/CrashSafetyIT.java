package org.skynetkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load killed with SIGKILL halfway through a batch leaves the store openable and every document whole or
 * absent; loading again completes it.
 */
class CrashSafetyIT {
    static final int DOCUMENTS = 300;
    static final int KILL_AFTER = 40;
    static final String GRAPH = "https://w3id.org/skynet-kg/graph/document/";

    @TempDir
    Path tmp;

    @Test
    void aKilledLoadLosesNothingAndCanBeRunAgain() throws Exception {
        Path batch = Files.createDirectory(tmp.resolve("batch"));
        List<Path> files = new AnnouncementGenerator(42).write(batch, DOCUMENTS);
        Path clean = tmp.resolve("clean");
        Jar.Run reference = Jar.run("load", "--store", clean.toString(), batch.toString());
        assertEquals(0, reference.code(), reference.err());
        Map<String, Long> expected = StoreSnapshot.of(clean).graphSizes();

        Path crashed = tmp.resolve("crashed");
        // Written 20 documents per transaction (the path of every load into a store that is not empty).
        int reported = loadAndKill(crashed, batch, "--bulk", "off", "--batch", "20");
        Map<String, Long> after = StoreSnapshot.of(crashed).graphSizes();
        int whole = 0;
        for (Path f : files) {
            String graph = GRAPH + f.getFileName().toString().replace(".txt", "");
            long want = expected.get(graph);
            long got = after.getOrDefault(graph, 0L);
            assertTrue(got == want || got == 0, graph + ": " + got + " triples, a clean load gives " + want);
            whole += got == want ? 1 : 0;
        }
        assertTrue(whole >= reported && whole < DOCUMENTS, whole + " whole documents, " + reported + " reported");
        System.out.printf("crash safety: killed after %d of %d documents reported; %d whole, %d absent, 0 partial%n",
                reported, DOCUMENTS, whole, DOCUMENTS - whole);

        Jar.Run again = Jar.run("load", "--store", crashed.toString(), batch.toString());
        assertEquals(0, again.code(), again.err());
        Map<String, Long> completed = StoreSnapshot.of(crashed).graphSizes();
        assertEquals(expected.keySet(), completed.keySet());
        expected.forEach((g, n) -> {
            if (g.startsWith(GRAPH)) {
                assertEquals(n, completed.get(g), g);
            }
        });
    }

    @Test
    void aKilledBulkLoadLeavesAllOrNothing() throws Exception {
        Path batch = Files.createDirectory(tmp.resolve("batch"));
        List<Path> files = new AnnouncementGenerator(7).write(batch, DOCUMENTS);
        Path crashed = tmp.resolve("crashed");
        // Into an empty store the documents go through TDB2's bulk loader, which reports nothing until it is done:
        // kill it while it runs.
        Process p = Jar.builder(List.of(), List.of("load", "--store", crashed.toString(), batch.toString()), Map.of())
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(Long.getLong("crash.bulk.killAfterMillis", 2500));
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "load did not die");
        Map<String, Long> after = StoreSnapshot.of(crashed).graphSizes();
        long documents = after.keySet().stream().filter(g -> g.startsWith(GRAPH)).count();
        assertTrue(documents == 0 || documents == files.size(), documents + " of " + files.size() + " documents after a kill");
        System.out.printf("crash safety (bulk): killed after %d ms; %d of %d documents in the store%n",
                Long.getLong("crash.bulk.killAfterMillis", 2500), documents, files.size());
        Jar.Run again = Jar.run("load", "--store", crashed.toString(), batch.toString());
        assertEquals(0, again.code(), again.err());
        assertEquals(files.size(), StoreSnapshot.of(crashed).graphSizes().keySet().stream().filter(g -> g.startsWith(GRAPH)).count());
    }

    /** Starts a load, kills it (SIGKILL) once KILL_AFTER documents are reported; returns how many were reported. */
    private static int loadAndKill(Path store, Path batch, String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("load", "--store", store.toString()));
        args.addAll(List.of(options));
        args.add(batch.toString());
        Process p = Jar.builder(List.of(), args, Map.of())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int reported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            while (reported < KILL_AFTER && out.readLine() != null) {
                reported++;
            }
            p.destroyForcibly();
        } finally {
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "load did not die");
        }
        assertEquals(KILL_AFTER, reported, "the load finished before it could be killed");
        return reported;
    }
}
