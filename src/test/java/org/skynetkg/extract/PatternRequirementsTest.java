package org.skynetkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.document.AnnouncementReader;
import org.skynetkg.document.Sentence;
import org.skynetkg.generate.CorpusGenerator;
import org.skynetkg.load.Pipeline;

/**
 * The {@code .requires} words of {@code patterns.properties} only skip sentences a pattern cannot match: on every
 * sentence of the seed, the test announcements and a generated corpus, a pattern that matches finds its words.
 */
class PatternRequirementsTest {
    private static final Patterns PATTERNS = Patterns.load();

    @TempDir
    Path dir;

    @Test
    void noPatternMatchesASentenceItsRequiredWordsRuleOut() throws IOException {
        List<String> keys = requirementKeys();
        assertTrue(keys.size() >= 10, "requirements: " + keys);
        List<String> sentences = sentences();
        assertTrue(sentences.size() > 1000, "sentences: " + sentences.size());
        List<String> wrong = new ArrayList<>();
        int matched = 0;
        for (String key : keys) {
            for (String s : sentences) {
                if (PATTERNS.get(key).matcher(s).find()) {
                    matched++;
                    if (!PATTERNS.possible(key, s)) {
                        wrong.add(key + ": " + s);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(matched > 100, "the requirements were exercised: " + matched);
    }

    @Test
    void aSentenceWithoutTheWordsIsNotScanned() {
        String s = "The Ministry of Public Security carried out the operation.";
        assertTrue(PATTERNS.possible("verb.lead", s));
        assertTrue(PATTERNS.matcher("verb.lead", s).find());
        String none = "Officials met in Beijing on Tuesday.";
        assertFalse(PATTERNS.possible("verb.lead", none));
        assertFalse(PATTERNS.matcher("verb.lead", none).find());
        assertTrue(PATTERNS.possible("qualifier.about", none), "a pattern without requirements is always tried");
    }

    private static List<String> requirementKeys() throws IOException {
        Properties p = new Properties();
        try (var in = Patterns.class.getResourceAsStream(Patterns.RESOURCE)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames().stream().filter(k -> k.endsWith(Patterns.REQUIRES))
                .map(k -> k.substring(0, k.length() - Patterns.REQUIRES.length())).sorted().toList();
    }

    private List<String> sentences() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("data/skynet-2022-launch.txt")));
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/announcements"))) {
            s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        new CorpusGenerator(Pipeline.create().gazetteer()).generate(150, 11, corpus);
        try (Stream<Path> s = Files.list(corpus)) {
            s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        AnnouncementReader reader = new AnnouncementReader();
        return files.stream().flatMap(f -> reader.read(f).sentences().stream()).map(Sentence::text).toList();
    }
}
