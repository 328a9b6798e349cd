package org.skynetkg.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.skynetkg.document.DocumentException;
import org.skynetkg.document.Sentence;
import org.skynetkg.extract.DocumentFacts;
import org.skynetkg.extract.Evidence;
import org.skynetkg.load.Pipeline;

/**
 * Random and mutated announcements through the whole pipeline (read, extract, map to RDF): nothing escapes but a
 * DocumentException for text that is not an announcement, and every fact keeps its provenance: a sentence whose
 * text is the document text at the sentence's offsets.
 */
class PipelineFuzzTest {
    static final long SEED = 20260601L;
    static final int CASES = 3000;
    static final long MAX_MILLIS = 120_000;

    @Test
    void mutatedAnnouncementsNeverCrashThePipelineAndKeepProvenance() throws Exception {
        List<String> corpus = corpus();
        Pipeline pipeline = Pipeline.create();
        Mutator mutator = new Mutator(new Random(SEED), corpus);
        int refused = 0;
        int facts = 0;
        int cases = 0;
        long start = System.currentTimeMillis();
        for (; cases < CASES && System.currentTimeMillis() - start < MAX_MILLIS; cases++) {
            byte[] input = mutator.next();
            DocumentFacts extracted;
            try {
                extracted = pipeline.extract("fuzz-" + cases, "fuzz-" + cases, input);
                pipeline.toRdf(extracted, StreamRDFLib.sinkNull());
            } catch (DocumentException e) {
                refused++;
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                fail("case " + cases + " (seed " + SEED + ", " + mutator.lastMutation + "): " + e, e);
                return;
            }
            facts += checkProvenance(extracted);
        }
        System.out.printf("fuzz: %d cases in %d ms, %d refused as not an announcement, %d facts checked%n",
                cases, System.currentTimeMillis() - start, refused, facts);
        assertTrue(cases >= 500, "only " + cases + " cases within the time bound");
        assertTrue(facts > 1000, "the mutations should still leave facts to check: " + facts);
    }

    static int checkProvenance(DocumentFacts f) {
        String text = f.document().text();
        List<Evidence> evidence = new ArrayList<>();
        f.operations().forEach(o -> evidence.add(o.evidence()));
        f.roles().forEach(r -> evidence.add(r.evidence()));
        f.outcomes().forEach(o -> evidence.add(o.evidence()));
        f.ties().forEach(t -> evidence.add(t.evidence()));
        for (Evidence e : evidence) {
            assertNotNull(e, "fact without evidence");
            assertNotNull(e.rule(), "evidence without rule");
            Sentence s = e.sentence();
            assertNotNull(s, "evidence without sentence");
            assertTrue(0 <= s.start() && s.start() <= s.end() && s.end() <= text.length(), s.toString());
            assertEquals(s.text(), text.substring(s.start(), s.end()), "sentence text is not the document's at its offsets");
        }
        return evidence.size();
    }

    static List<String> corpus() throws Exception {
        List<String> texts = new ArrayList<>();
        for (Path dir : List.of(Path.of("data"), Path.of("src/test/resources/announcements"))) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return texts;
    }

    /** Deletes, duplicates and swaps sentences, changes numbers, inserts unicode, truncates, or makes random bytes. */
    static final class Mutator {
        private static final String[] UNICODE = {"\u0000", "\uFEFF", "\u200B", "\u00A0", "\uD83D\uDE00", "\u202E", "\u4E07",
                "\u4EBF", "\u00E9", "\n---\n", "\r\n", "\t", "\"", "\u201C", "1,,2", "..", "billion", "%"};
        private final Random random;
        private final List<String> corpus;
        String lastMutation = "";

        Mutator(Random random, List<String> corpus) {
            this.random = random;
            this.corpus = corpus;
        }

        byte[] next() {
            int kind = random.nextInt(8);
            if (kind == 7) {
                byte[] bytes = new byte[random.nextInt(4096)];
                random.nextBytes(bytes);
                lastMutation = "random bytes" + (random.nextBoolean() ? "" : " as UTF-8 with replacements");
                return lastMutation.endsWith("replacements")
                        ? new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8) : bytes;
            }
            String text = corpus.get(random.nextInt(corpus.size()));
            int rounds = 1 + random.nextInt(4);
            StringBuilder what = new StringBuilder();
            for (int i = 0; i < rounds; i++) {
                int m = random.nextInt(7);
                what.append(m).append(' ');
                text = mutate(text, m);
            }
            lastMutation = "mutations " + what.toString().strip();
            return text.getBytes(StandardCharsets.UTF_8);
        }

        private String mutate(String text, int m) {
            List<String> sentences = new ArrayList<>(List.of(text.split("(?<=[.!?])\\s+")));
            int i = random.nextInt(sentences.size());
            int j = random.nextInt(sentences.size());
            switch (m) {
                case 0 -> sentences.remove(i);
                case 1 -> sentences.add(j, sentences.get(i));
                case 2 -> {
                    String t = sentences.get(i);
                    sentences.set(i, sentences.get(j));
                    sentences.set(j, t);
                }
                case 3 -> {
                    return text.replaceAll("\\d[\\d,.]*", Integer.toString(random.nextInt(1_000_000)) + (random.nextBoolean() ? ".5" : ""));
                }
                case 4 -> {
                    int at = random.nextInt(text.length() + 1);
                    return text.substring(0, at) + UNICODE[random.nextInt(UNICODE.length)] + text.substring(at);
                }
                case 5 -> {
                    return text.substring(0, random.nextInt(text.length() + 1));
                }
                default -> {
                    return text.replace(" ", random.nextBoolean() ? "  " : "\n");
                }
            }
            return String.join(" ", sentences);
        }
    }
}
