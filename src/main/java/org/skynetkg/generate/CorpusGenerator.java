package org.skynetkg.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.skynetkg.SkynetException;
import org.skynetkg.extract.Gazetteer;

/**
 * Writes a synthetic corpus of announcements, {@code NAME.txt} with {@code NAME.gold.tsv} beside it, for benchmarks
 * and for scoring the extractor at scale. The same seed gives byte-identical files. Every name comes from the
 * gazetteer and every figure is random: nothing in the corpus is a reported fact.
 */
public final class CorpusGenerator {
    private final List<Gazetteer.Entry> agencies;

    public CorpusGenerator(Gazetteer gazetteer) {
        // Sorted by slug so that the corpus does not depend on the gazetteer's iteration order.
        this.agencies = Objects.requireNonNull(gazetteer, "gazetteer").agencies().stream()
                .sorted(Comparator.comparing(Gazetteer.Entry::slug)).toList();
        if (agencies.size() < 3) {
            throw new SkynetException("the gazetteer names fewer than 3 agencies; cannot generate announcements");
        }
    }

    /** Writes {@code docs} announcements into {@code folder} (created if needed); returns the number written. */
    public int generate(int docs, long seed, Path folder) {
        if (docs < 0) {
            throw new SkynetException("number of documents must not be negative: " + docs);
        }
        AnnouncementTemplates templates = new AnnouncementTemplates(new Figures(new SplittableRandom(seed)), agencies);
        try {
            Files.createDirectories(folder);
            for (int i = 1; i <= docs; i++) {
                AnnouncementTemplates.Text t = templates.next(i);
                Files.writeString(folder.resolve(t.name() + ".txt"), t.text(), StandardCharsets.UTF_8);
                Files.writeString(folder.resolve(t.name() + ".gold.tsv"), t.gold(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new SkynetException(folder + ": cannot write the corpus: " + e.getMessage(), e);
        }
        return docs;
    }
}
