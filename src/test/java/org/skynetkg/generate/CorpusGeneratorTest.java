package org.skynetkg.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.evaluate.Evaluator;
import org.skynetkg.evaluate.Score;
import org.skynetkg.load.Pipeline;

class CorpusGeneratorTest {
    private static final Pipeline PIPELINE = Pipeline.create();

    @Test
    void theSameSeedWritesByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        new CorpusGenerator(PIPELINE.gazetteer()).generate(30, 42, a);
        new CorpusGenerator(PIPELINE.gazetteer()).generate(30, 42, b);
        List<Path> files = list(a);
        assertEquals(60, files.size());
        assertEquals(files.stream().map(p -> p.getFileName().toString()).toList(),
                list(b).stream().map(p -> p.getFileName().toString()).toList());
        for (Path f : files) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(b.resolve(f.getFileName())), f.toString());
        }
    }

    @Test
    void anotherSeedWritesAnotherCorpus(@TempDir Path a, @TempDir Path b) throws IOException {
        new CorpusGenerator(PIPELINE.gazetteer()).generate(5, 1, a);
        new CorpusGenerator(PIPELINE.gazetteer()).generate(5, 2, b);
        assertTrue(!list(a).stream().map(p -> p.getFileName().toString()).toList()
                .equals(list(b).stream().map(p -> p.getFileName().toString()).toList())
                || !Files.readString(list(a).get(0)).equals(Files.readString(list(b).get(0))));
    }

    @Test
    void theExtractorFindsTheGeneratedFacts(@TempDir Path dir) {
        new CorpusGenerator(PIPELINE.gazetteer()).generate(200, 7, dir);
        List<Evaluator.DocumentScore> scores = new Evaluator(PIPELINE).evaluate(dir);
        assertEquals(200, scores.size());
        Score outcomes = scores.stream().map(Evaluator.DocumentScore::outcomes).reduce(Score::plus).orElseThrow();
        Score detailed = scores.stream().map(Evaluator.DocumentScore::detailed).reduce(Score::plus).orElseThrow();
        Score leads = scores.stream().map(Evaluator.DocumentScore::leads).reduce(Score::plus).orElseThrow();
        String misses = String.join("\n", scores.stream().filter(s -> !s.missed().isEmpty() || !s.wrong().isEmpty())
                .limit(10).map(s -> s.document() + " missed " + s.missed() + " wrong " + s.wrong()).toList());
        assertTrue(outcomes.f1() >= 0.95, "outcomes " + outcomes + "\n" + misses);
        assertTrue(detailed.f1() >= 0.95, "detailed outcomes " + detailed + "\n" + misses);
        assertTrue(leads.f1() >= 0.95, "leads " + leads + "\n" + misses);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
