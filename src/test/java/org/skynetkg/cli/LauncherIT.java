package org.skynetkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skynetkg.cli.CommandLineIT.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.cli.CommandLineIT.Run;

/**
 * What {@code bin/skynet-kg} adds to {@code java -jar}: the build's class-data archive, and for batch commands the
 * parallel collector and later C2 compilation.
 */
class LauncherIT {
    static final Path JAR = Path.of("target/skynet-kg.jar");
    static final Path ARCHIVE = Path.of("target/skynet-kg.jsa");

    @TempDir
    Path tmp;

    @Test
    void theBuildWritesAnArchiveThatTheLauncherMaps() throws Exception {
        assertTrue(Files.size(ARCHIVE) > 1_000_000, "package writes " + ARCHIVE);
        Path log = tmp.resolve("classes.log");
        Run r = run(Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + log), "extract", "data/skynet-2022-launch.txt");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        String loaded = Files.readString(log);
        assertTrue(loaded.contains("org.skynetkg.extract.Extractor source: shared objects file (top)"),
                "our classes come from the archive, not the jar");
        assertTrue(loaded.contains("org.apache.jena.sys.JenaSystem source: shared objects file (top)"), "and Jena's");
    }

    @Test
    void batchCommandsGetTheParallelCollectorAndLaterC2AndServeKeepsTheDefaults() throws Exception {
        Map<String, String> flags = Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags");
        for (String[] args : List.of(new String[] {"load", "--help"}, new String[] {"--verbose", "query", "--help"})) {
            Run r = run(flags, args);
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("-XX:+UseParallelGC"), List.of(args) + ": " + r.out());
            assertTrue(r.out().contains("-XX:Tier4InvocationThreshold=15000"), List.of(args) + ": " + r.out());
        }
        Run serve = run(flags, "serve", "--help");
        assertEquals(0, serve.code(), serve.err());
        assertFalse(serve.out().contains("-XX:+UseParallelGC"), serve.out());
        assertFalse(serve.out().contains("Tier4InvocationThreshold"), serve.out());
    }

    @Test
    void javaOptsWin() throws Exception {
        Run r = run(Map.of("JAVA_OPTS", "-XX:+PrintCommandLineFlags -XX:+UseSerialGC -Xmx256m -XX:Tier4InvocationThreshold=6000"),
                "load", "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("-XX:Tier4InvocationThreshold=6000"), r.out());
        assertTrue(r.out().contains("-XX:+UseSerialGC"), r.out());
        assertTrue(r.out().contains("-XX:MaxHeapSize=268435456"), r.out());
        assertFalse(r.out().contains("-XX:+UseParallelGC"), r.out());
    }

    @Test
    void aJarWithAStaleOrMissingArchiveStillRunsQuietly() throws Exception {
        Path moved = Files.copy(JAR, tmp.resolve("skynet-kg.jar"));
        Run without = run(Map.of("SKYNET_KG_JAR", moved.toString()), "--help");
        assertEquals(0, without.code(), without.err());
        assertEquals("", without.err());
        // The archive names the jar it was written for: beside a copy elsewhere, java refuses it, silently.
        Files.copy(ARCHIVE, tmp.resolve("skynet-kg.jsa"));
        Run stale = run(Map.of("SKYNET_KG_JAR", moved.toString()), "--help");
        assertEquals(0, stale.code(), stale.err());
        assertEquals("", stale.err());
        assertTrue(stale.out().startsWith("usage: skynet-kg"), stale.out());
    }

    @Test
    void aMissingJarIsOneLine() throws Exception {
        Run r = run(Map.of("SKYNET_KG_JAR", tmp.resolve("none.jar").toString()), "--help");
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("skynet-kg: " + tmp.resolve("none.jar") + " not found"), r.err());
    }
}
