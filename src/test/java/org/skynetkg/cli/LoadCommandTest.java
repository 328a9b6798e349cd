package org.skynetkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.store.KnowledgeStore;

/**
 * {@code load} builds its pipeline while it opens the store; a bad option is still reported before anything is
 * created, and a failure on either side is one line.
 */
class LoadCommandTest {
    @TempDir
    Path dir;
    final InProcessCli cli = new InProcessCli();

    int run(String... args) {
        return cli.run(args);
    }

    String err() {
        return cli.err();
    }

    @Test
    void theSeedLoads() {
        Path store = dir.resolve("store");
        assertEquals(0, run("load", "--store", store.toString(), "data/"), err());
        assertTrue(cli.out().contains("skynet-2022-launch"), cli.out());
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
        try (KnowledgeStore open = KnowledgeStore.open(store)) {
            assertEquals(1, run("load", "--store", store.toString(), "data/"));
            assertTrue(err().startsWith("skynet-kg: "), err());
            assertEquals(1, err().lines().count(), err());
        }
        assertEquals(0, run("load", "--store", store.toString(), "data/"), err());
    }
}
