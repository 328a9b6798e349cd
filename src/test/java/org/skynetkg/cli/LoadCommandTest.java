package org.skynetkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load} builds its pipeline while it opens the store; a bad option is still reported before anything is
 * created, and a failure on either side is one line.
 */
class LoadCommandTest {
    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        out.reset();
        err.reset();
        return new Main().run(args, new Console(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theSeedLoads() {
        Path store = dir.resolve("store");
        assertEquals(0, run("load", "--store", store.toString(), "data/"), err());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("skynet-2022-launch"), out.toString(StandardCharsets.UTF_8));
        assertTrue(err().endsWith("loaded 1 of 1 documents\n"), err());
    }

    @Test
    void aBadOptionLeavesNoStoreFolder() {
        for (String[] bad : new String[][] {{"--base", "not an iri"}, {"--batch", "0"}, {"--bulk", "fastest"},
                {"--max-bytes", "-1"}}) {
            Path store = dir.resolve("store-" + bad[0].substring(2));
            assertEquals(2, run("load", "--store", store.toString(), bad[0], bad[1], "data/"), String.join(" ", bad));
            assertTrue(err().startsWith("skynet-kg: "), err());
            assertEquals(1, err().lines().count(), err());
            assertFalse(Files.exists(store), "a usage error created " + store);
        }
    }

    @Test
    void aLockedStoreIsOneLineAndTheLoaderThreadDoesNotHang() {
        Path store = dir.resolve("store");
        assertEquals(0, run("load", "--store", store.toString(), "data/"), err());
        try (var open = org.skynetkg.store.KnowledgeStore.open(store)) {
            assertEquals(1, run("load", "--store", store.toString(), "data/"));
            assertTrue(err().startsWith("skynet-kg: "), err());
            assertEquals(1, err().lines().count(), err());
        }
        assertEquals(0, run("load", "--store", store.toString(), "data/"), err());
    }
}
