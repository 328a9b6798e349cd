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
import java.util.regex.Pattern;
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
 * Likewise a first-letter lookahead ({@code \b(?=[rcb])(?:recover|...)}) changes no match.
 */
class PatternRequirementsTest {
    private static final Patterns PATTERNS = Patterns.load();
    /** A leading "\\b(?=[...])": the first letters of the alternatives after it. */
    private static final Pattern LOOKAHEAD = Pattern.compile("\\\\b\\(\\?=\\[[a-z]+\\]\\)");

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
    void aFirstLetterLookaheadOnlySkipsWordsNoAlternativeStartsWith() throws IOException {
        List<String> keys = PATTERNS.keys("").stream().filter(k -> LOOKAHEAD.matcher(PATTERNS.get(k).pattern()).lookingAt()).toList();
        assertTrue(keys.size() >= 5, "patterns with a first-letter lookahead: " + keys);
        List<String> texts = new ArrayList<>();
        for (String s : sentences()) {
            texts.add(s);
            // the words before each number: what the patterns ending in "$" are asked about
            java.util.regex.Matcher digit = java.util.regex.Pattern.compile("\\d+").matcher(s);
            while (digit.find()) {
                texts.add(s.substring(0, digit.start()));
            }
        }
        List<String> wrong = new ArrayList<>();
        int matched = 0;
        for (String key : keys) {
            Pattern with = PATTERNS.get(key);
            Pattern without = Pattern.compile(LOOKAHEAD.matcher(with.pattern()).replaceFirst("\\\\b"), with.flags());
            for (String t : texts) {
                List<String> a = spans(with, t);
                matched += a.size();
                if (!a.equals(spans(without, t))) {
                    wrong.add(key + ": " + t);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(matched > 100, "the lookaheads were exercised: " + matched);
    }

    private static List<String> spans(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end());
        }
        return out;
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
