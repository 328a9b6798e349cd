package org.skynetkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input on the built jar: one line on stderr naming the file and the problem, a non-zero exit code, and the
 * store exactly as it was (same sorted N-Quads). A batch goes on past a bad file and names it in the summary.
 */
class BadInputIT {
    @TempDir
    Path tmp;
    Path store;
    StoreSnapshot before;

    @BeforeEach
    void loadTheSeed() throws Exception {
        store = tmp.resolve("store");
        assertEquals(0, Jar.run("load", "--store", store.toString(), "data").code());
        before = StoreSnapshot.of(store);
    }

    Jar.Run refused(Path file, String problem) throws Exception {
        Jar.Run r = Jar.run("load", "--store", store.toString(), file.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.errorLines();
        assertTrue(lines.stream().anyMatch(l -> l.contains(file.toString()) && l.contains(problem)), r.err());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception")), r.err());
        assertEquals(before, StoreSnapshot.of(store), "store unchanged after " + file);
        return r;
    }

    Path write(String name, byte[] bytes) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    @Test
    void missingFileAndEmptyDirectory() throws Exception {
        Jar.Run missing = refused(tmp.resolve("no-such.txt"), "no such file or directory");
        assertEquals(1, missing.errorLines().size(), missing.err());
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "not an announcement");
        assertEquals(1, refused(empty, "no announcements (*.txt files) in this directory").errorLines().size());
    }

    @Test
    void emptyBinaryAndNonUtf8Files() throws Exception {
        refused(write("empty.txt", new byte[0]), "file is empty");
        refused(write("binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}), "looks like a binary file");
        refused(write("latin1.txt", "BEIJING, Jan. 5 (Xinhua) -- Caf\u00e9 \u00e0 la cr\u00e8me.".getBytes(StandardCharsets.ISO_8859_1)),
                "is not valid UTF-8 (bad byte at offset");
    }

    @Test
    void malformedFrontMatter() throws Exception {
        refused(write("unclosed.txt", "---\ntitle: x\npublished: 2020-01-02\n".getBytes(StandardCharsets.UTF_8)),
                "is never closed");
        refused(write("nocolon.txt", "---\ntitle x\n---\nText.\n".getBytes(StandardCharsets.UTF_8)),
                "front matter line 2 is not 'key: value'");
        refused(write("baddate.txt", "---\npublished: 15/03/2023\n---\nText.\n".getBytes(StandardCharsets.UTF_8)),
                "'published' is not a date YYYY-MM-DD");
    }

    @Test
    void unreadableFile() throws Exception {
        Path dirAsFile = Files.createDirectory(tmp.resolve("folder.txt"));
        Path announcement = Path.of("data/skynet-2022-launch.txt");
        Files.copy(announcement, dirAsFile.resolve("inside.txt"));
        // Named directly, a folder is not an announcement (a folder argument would be expanded instead).
        Jar.Run r = Jar.run("extract", dirAsFile.toString());
        assertEquals(1, r.code());
        assertEquals(List.of("skynet-kg: " + dirAsFile + ": is a directory, not an announcement file"), r.errorLines());

        assumeFalse("root".equals(System.getProperty("user.name")), "root reads files whatever their mode");
        Path locked = write("locked.txt", Files.readAllBytes(announcement));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        refused(locked, "permission denied");
    }

    @Test
    void aHundredMegabyteFileIsRefusedWithoutReadingIt() throws Exception {
        Path big = tmp.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(100L * 1024 * 1024);
        }
        // 32 MB of heap: reading the file first would fail with OutOfMemoryError, not with this message.
        Jar.Run r = Jar.run(List.of("-Xmx32m"), List.of("load", "--store", store.toString(), big.toString()));
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(big + ": REFUSED: file is 104857600 bytes, larger than the limit of 10485760 bytes"
                + " for one announcement (--max-bytes)"), r.err());
        assertEquals(before, StoreSnapshot.of(store));
        Jar.Run small = Jar.run("load", "--store", store.toString(), "--max-bytes", "100", "data");
        assertEquals(1, small.code());
        assertTrue(small.err().contains("larger than the limit of 100 bytes"), small.err());
    }

    @Test
    void unknownFormatAndQuerySyntaxError() throws Exception {
        Jar.Run format = Jar.run("query", "--store", store.toString(), "--format", "yaml", "queries/outcomes.rq");
        assertEquals(2, format.code());
        assertEquals(1, format.errorLines().size(), format.err());
        assertTrue(format.err().contains("yaml"), format.err());
        Jar.Run extract = Jar.run("extract", "--format", "yaml", "data/skynet-2022-launch.txt");
        assertEquals(2, extract.code());
        assertEquals(List.of("skynet-kg: unknown --format 'yaml'; use one of ttl, trig, jsonld, nq, nt (see 'skynet-kg extract --help')"),
                extract.errorLines());
        Path bad = write("bad.rq", "SELECT ?s WHERE {\n  ?s ?p \n".getBytes(StandardCharsets.UTF_8));
        Jar.Run syntax = Jar.run("query", "--store", store.toString(), bad.toString());
        assertEquals(1, syntax.code());
        assertEquals(1, syntax.errorLines().size(), syntax.err());
        assertTrue(syntax.err().matches("(?s)skynet-kg: .*bad\\.rq: .*line \\d+, column \\d+.*"), syntax.err());
        assertEquals(before, StoreSnapshot.of(store));
    }

    @Test
    void oneBadFileDoesNotStopTheBatch() throws Exception {
        Path batch = Files.createDirectory(tmp.resolve("batch"));
        Files.copy(Path.of("data/skynet-2022-launch.txt"), batch.resolve("a-good.txt"));
        Files.write(batch.resolve("b-empty.txt"), new byte[0]);
        Files.copy(Path.of("src/test/resources/announcements/dev/dev02-skynet-2020-results.txt"), batch.resolve("c-good.txt"));
        Jar.Run r = Jar.run("load", "--store", store.toString(), batch.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(2, r.out().lines().count(), r.out());
        assertTrue(r.err().contains("loaded 2 of 3 documents; refused 1: " + batch.resolve("b-empty.txt")), r.err());
        StoreSnapshot after = StoreSnapshot.of(store);
        assertTrue(after.graphSizes().get("https://w3id.org/skynet-kg/graph/document/a-good") > 0);
        assertTrue(after.graphSizes().get("https://w3id.org/skynet-kg/graph/document/c-good") > 0);
        assertTrue(!after.graphSizes().containsKey("https://w3id.org/skynet-kg/graph/document/b-empty"));
    }
}
