package org.skynetkg.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.skynetkg.SkynetException;
import org.skynetkg.extract.DocumentFacts;
import org.skynetkg.extract.OperationFact;
import org.skynetkg.extract.OperationRef;
import org.skynetkg.extract.OutcomeFact;
import org.skynetkg.extract.RoleFact;
import org.skynetkg.load.Pipeline;

/**
 * Measures the extractor against announcements annotated by people ({@code NAME.txt} beside
 * {@code NAME.gold.tsv}): outcome figures as (operation, measure, value), and lead agencies, where the lead of an
 * unnamed component counts for its parent operation.
 */
public final class Evaluator {
    private final Pipeline pipeline;

    public Evaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** One document's comparison; the sets hold what was missed and what was wrong. */
    public record DocumentScore(String document, Score outcomes, Score detailed, Score leads,
                                Set<String> missed, Set<String> wrong) {
    }

    public List<DocumentScore> evaluate(Path folder) {
        List<DocumentScore> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                Path gold = text.resolveSibling(text.getFileName().toString().replaceAll("\\.txt$", ".gold.tsv"));
                if (Files.exists(gold)) {
                    out.add(score(text, GoldFacts.read(gold).resolveAgencies(pipeline.gazetteer())));
                }
            }
        } catch (IOException e) {
            throw new SkynetException(folder + ": cannot list the folder: " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new SkynetException(folder + ": no NAME.txt with a NAME.gold.tsv beside it");
        }
        return out;
    }

    /**
     * The entries of a set (of one split, or all when {@code split} is null) whose text is in {@code texts} as
     * {@code ID.txt}; a text saved without front matter gets the date, publisher and address the set records.
     * The ids whose text is missing are added to {@code missing}.
     */
    public List<DocumentScore> evaluate(EvaluationSet set, String split, Path texts, List<String> missing) {
        List<DocumentScore> out = new ArrayList<>();
        for (EvaluationSet.Entry e : set.split(split)) {
            Path text = texts.resolve(e.id() + ".txt");
            if (!Files.isRegularFile(text)) {
                missing.add(e.id());
                continue;
            }
            out.add(score(text, withFrontMatter(e, text), e.gold().resolveAgencies(pipeline.gazetteer())));
        }
        return out;
    }

    private DocumentFacts withFrontMatter(EvaluationSet.Entry e, Path text) {
        try {
            byte[] bytes = Files.readAllBytes(text);
            String s = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
            if (!s.startsWith("---")) {
                bytes = (e.frontMatter() + s).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            return pipeline.extract(e.id(), text.toString(), bytes);
        } catch (IOException x) {
            throw new SkynetException(text + ": cannot read the text: " + x.getMessage(), x);
        }
    }

    DocumentScore score(Path text, GoldFacts gold) {
        return score(text, pipeline.extract(text), gold);
    }

    private DocumentScore score(Path text, DocumentFacts facts, GoldFacts gold) {
        Set<String> outcomes = new LinkedHashSet<>();
        Set<String> detailed = new LinkedHashSet<>();
        for (OutcomeFact o : facts.outcomes()) {
            outcomes.add(GoldFacts.outcomeKey(o.operation().slug(), o.measure(), o.value().toPlainString()));
            detailed.add(String.join(" ", o.operation().slug(), o.measure(), o.value().toPlainString(), o.unit(),
                    o.qualifier(), o.periodStart() == null ? "" : o.periodStart().toString(),
                    o.periodEnd() == null ? "" : o.periodEnd().toString()).strip());
        }
        Set<String> leads = new LinkedHashSet<>();
        for (RoleFact r : facts.roles()) {
            if (r.role().equals("lead")) {
                leads.add(GoldFacts.leadKey(namedOperation(facts, r.operation()).slug(), r.agency().toString()));
            }
        }
        Set<String> missed = new LinkedHashSet<>(gold.outcomes());
        missed.removeAll(outcomes);
        Set<String> missedLeads = new LinkedHashSet<>(gold.leads());
        missedLeads.removeAll(leads);
        missedLeads.forEach(l -> missed.add("lead " + l));
        Set<String> wrong = new LinkedHashSet<>(outcomes);
        wrong.removeAll(gold.outcomes());
        Set<String> wrongLeads = new LinkedHashSet<>(leads);
        wrongLeads.removeAll(gold.leads());
        wrongLeads.forEach(l -> wrong.add("lead " + l));
        return new DocumentScore(text.getFileName().toString(), Score.of(gold.outcomes(), outcomes),
                Score.of(gold.detailedOutcomes(), detailed), Score.of(gold.leads(), leads), missed, wrong);
    }

    /** An unnamed component (recognised by a cue) counts as its parent, which has a name people annotate. */
    private static OperationRef namedOperation(DocumentFacts facts, OperationRef op) {
        for (OperationFact f : facts.operations()) {
            if (f.operation().equals(op) && f.parent() != null && f.surface() == null) {
                return f.parent();
            }
        }
        return op;
    }
}
