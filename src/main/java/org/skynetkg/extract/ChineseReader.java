package org.skynetkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skynetkg.document.Announcement;
import org.skynetkg.document.Sentence;

/**
 * Reads the facts of an announcement written in Chinese (simplified or traditional): the same operations, agencies,
 * roles and outcomes as the English reading, with the same identifiers. A figure belongs to the operation named
 * before it in its sentence; else, when its sentence states a period, to that year's Sky Net (or Fox Hunt, named
 * without a year), if the document speaks of Sky Net; a part ("其中…") to its total. What cannot be placed is left
 * out, with a note.
 */
final class ChineseReader {
    private final Gazetteer gazetteer;
    private final ChinesePatterns patterns;
    private final ChineseMentions mentions;
    private final ChineseFigures figures;
    private final ChinesePeriods periods;
    private final ChineseRoles roles;
    private final OperationRules operations;

    ChineseReader(Gazetteer gazetteer, OperationRules operations) {
        this.gazetteer = gazetteer;
        this.patterns = ChinesePatterns.load();
        this.mentions = new ChineseMentions(gazetteer, patterns);
        this.figures = new ChineseFigures(patterns);
        this.periods = new ChinesePeriods(patterns);
        this.roles = new ChineseRoles(patterns, mentions, periods);
        this.operations = operations;
    }

    DocumentFacts extract(Announcement doc) {
        LocalDate published = doc.metadata().published();
        Map<OperationRef, OperationFact> ops = new LinkedHashMap<>();
        List<RoleFact> roleFacts = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        // Each sentence as the patterns read it, folded once.
        Map<Sentence, String> folded = new java.util.IdentityHashMap<>();
        doc.sentences().forEach(s -> folded.put(s, ChineseText.fold(s.text())));
        boolean skyNet = folded.values().stream().anyMatch(t -> t.contains("天网"));
        // The operations the document names anywhere (headline included), in order: what it is about, year by year.
        List<OperationRef> topics = new ArrayList<>();
        doc.sentences().forEach(s -> mentions.named(folded.get(s)).forEach(n -> {
            if (valid(n.value()) && !topics.contains(n.value())) {
                topics.add(n.value());
            }
        }));
        ChineseOwners owners = new ChineseOwners(gazetteer, topics, skyNet);
        ChineseFigurePass pass = new ChineseFigurePass(owners, notes);
        List<ChineseFigurePass.Sentences> headings = new ArrayList<>();
        OperationRef last = null;
        for (Sentence s : doc.sentences()) {
            String text = folded.get(s);
            List<Span<OperationRef>> named = mentions.named(text);
            for (Span<OperationRef> n : named) {
                if (valid(n.value())) {
                    boolean launch = published != null && n.value().year() == published.getYear()
                            && patterns.find("operation.launch", text);
                    ops.putIfAbsent(n.value(), new OperationFact(n.value(), n.surface(), null, null,
                            new Evidence(s, launch ? "zh.operation.launch" : "zh.operation.named")));
                    last = n.value();
                }
            }
            // A series named without a year in an assignment is of the publication year's plan.
            Integer year = published != null ? Integer.valueOf(published.getYear()) : last == null ? null : last.year();
            roles.apply(s, text, year, published).stream().filter(r -> valid(r.operation())).forEach(roleFacts::add);
            ChineseFigurePass.Sentences in = new ChineseFigurePass.Sentences(s, named, mentions.series(text, named),
                    periods.all(text, published));
            if (s.heading()) {
                headings.add(in);
            } else {
                pass.read(in, figures.find(text), last, false);
            }
        }
        for (ChineseFigurePass.Sentences h : headings) {
            pass.read(h, figures.find(folded.get(h.sentence())), last, true);
        }
        List<OutcomeFact> outcomes = pass.outcomes();
        List<OutcomeFact> checked = OutcomeSets.dedupe(OutcomeChecks.apply(outcomes, List.of(), notes), notes);
        for (OutcomeFact o : checked) {
            ops.putIfAbsent(o.operation(), new OperationFact(o.operation(), null, null, null, o.evidence()));
        }
        for (RoleFact r : roleFacts) {
            // A series named without its year ("由公安部牵头开展“猎狐行动”") is named: the operation keeps the name. A
            // part of Sky Net described by its cue ("职务犯罪国际追逃追赃专项行动") stays unnamed, as in English.
            String text = folded.get(r.evidence().sentence());
            String name = gazetteer.series(r.operation().series())
                    .filter(x -> x.chineseCue() == null || !x.chineseCue().matcher(text).find()).stream()
                    .flatMap(x -> x.entry().chineseNames().stream()).filter(text::contains).findFirst().orElse(null);
            ops.putIfAbsent(r.operation(), new OperationFact(r.operation(), name, null, null, r.evidence()));
        }
        operations.linkParents(ops);
        DocumentFacts facts = new DocumentFacts(doc, List.copyOf(ops.values()), Extractor.dedupe(roleFacts), checked, List.of(),
                notes, warnings);
        if (facts.factCount() == 0) {
            warnings.add(doc.sourceName() + ": no facts recognised (loaded as a document with zero facts)");
        }
        return facts;
    }


    private boolean valid(OperationRef op) {
        return gazetteer.hasOperation(op);
    }
}
