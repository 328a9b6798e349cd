package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.skynetkg.document.Announcement;
import org.skynetkg.document.Language;
import org.skynetkg.document.Sentence;

/**
 * Reads the facts of an announcement, sentence by sentence: the operations it names, the agencies' roles,
 * the organisational ties it states and the outcome figures. Every fact keeps its sentence and the rule
 * that produced it; what the rules cannot place with certainty is left out and noted.
 */
public final class Extractor {
    private static final java.util.regex.Pattern OF_PHRASE = java.util.regex.Pattern.compile("\\s+(?:of|under)\\s+(?:the\\s+)?");

    private final Gazetteer gazetteer;
    private final MentionFinder mentions;
    private final FigureFinder figures;
    private final RoleRules roles;
    private final OutcomeRules outcomes;
    private final OperationRules operations;
    private final FigureOwnership ownership;
    private final AssignmentRules assignments;
    private final Patterns patterns;
    private final ChineseReader chinese;

    public Extractor(Gazetteer gazetteer, Patterns patterns) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.patterns = Objects.requireNonNull(patterns, "patterns");
        this.mentions = new MentionFinder(gazetteer, patterns);
        this.figures = new FigureFinder(patterns);
        this.roles = new RoleRules(patterns);
        this.outcomes = new OutcomeRules(patterns);
        this.operations = new OperationRules(gazetteer, patterns);
        this.ownership = new FigureOwnership(gazetteer, patterns);
        this.assignments = new AssignmentRules(patterns);
        this.chinese = new ChineseReader(gazetteer, operations);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public DocumentFacts extract(Announcement doc) {
        if (Language.chinese(doc)) {
            return chinese.extract(doc);
        }
        Context context = new Context(doc.metadata().published());
        Map<OperationRef, OperationFact> ops = new LinkedHashMap<>();
        Map<OperationRef, OperationFact> described = new LinkedHashMap<>();
        List<RoleFact> roleFacts = new ArrayList<>();
        List<TieFact> ties = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        DocumentAnchors anchors = DocumentAnchors.read(doc, mentions, patterns, gazetteer);
        List<OperationRef> named = anchors.namedWithYear();
        FigurePass figurePass = new FigurePass(ownership, outcomes, patterns, anchors, notes);
        for (Sentence s : doc.sentences()) {
            String text = s.text();
            patterns.focus(text);
            List<Span<AgencyRef>> agencies = mentions.agencies(text, context);
            // "the operation": in a document that launches one, that one; otherwise the last one named
            List<Span<Mention>> opSpans = mentions.operations(text, anchors.names(s),
                    context.launched() != null ? context.launched() : context.lastNamed(), !agencies.isEmpty());
            List<Span<?>> names = new ArrayList<>(agencies);
            // A component described by a cue is a long phrase that may hold a figure; only names hide numbers.
            opSpans.stream().filter(o -> !o.value().cue()).forEach(names::add);
            List<Figure> found = figures.find(text, names);
            // Periods date figures, and names written without a year
            boolean yearless = opSpans.stream().anyMatch(o -> o.value().year() == null && !o.value().cue());
            List<Period> periods = found.isEmpty() && !yearless ? List.of() : Period.all(text, patterns, context.published());
            List<RoleRules.Target> targets = operations.resolve(s, opSpans, periods, context, anchors, named, ops, described, warnings);
            List<TieFact> sentenceTies = ties(s, agencies);
            ties.addAll(sentenceTies);
            OperationRef current = operations.current(context);
            roleFacts.addAll(roles.apply(s, agencies, targets, sentenceTies, current, context));
            boolean plan = context.launched() != null && Integer.valueOf(context.launched().year()).equals(context.publicationYear())
                    || anchors.launchesThisYear() && current != null && Integer.valueOf(current.year()).equals(context.publicationYear());
            roleFacts.addAll(assignments.apply(s, agencies, targets, current, plan));
            if (current != null) {
                roleFacts.stream().filter(r -> r.operation().equals(current)).findAny()
                        .ifPresent(r -> ops.putIfAbsent(current, new OperationFact(current, null, null, null, r.evidence())));
            }
            // "with the support of the Ministry of Foreign Affairs" does not make it "the ministry" of the next sentence.
            agencies.stream().filter(a -> !patterns.find("marker.partner", text.substring(Math.max(0, a.start() - 40), a.start())))
                    .forEach(a -> context.seen(a.value()));

            figurePass.read(s, found, targets, periods, agencies);
        }
        List<OutcomeFact> checked = figurePass.finish();
        List<RoleFact> kept = new ArrayList<>();
        for (RoleFact r : dedupe(roleFacts)) {
            OperationRef op = r.operation();
            if (described.containsKey(op)) {
                // "the Fox Hunt operation run by the MPS ... Fox Hunt was launched in 2014": the name without a year
                // stands for the series since that launch, not for the publication year's operation.
                Integer launch = context.seriesLaunch(op.series());
                if (launch != null && launch < op.year() && !ops.containsKey(op)) {
                    notes.add("sentence " + (r.evidence().sentence().index() + 1) + ": left out " + r.role() + " '"
                            + r.agency().slug() + "': of the series " + op.series() + " since its launch in " + launch
                            + ", not of " + op);
                    continue;
                }
                ops.putIfAbsent(op, described.get(op));
            }
            kept.add(r);
        }
        roleFacts = kept;
        for (OutcomeFact o : checked) {
            ops.putIfAbsent(o.operation(), new OperationFact(o.operation(), null, null, null, o.evidence()));
        }
        operations.linkParents(ops);
        DocumentFacts facts = new DocumentFacts(doc, List.copyOf(ops.values()), roleFacts,
                checked, ties, notes, warnings);
        if (facts.factCount() == 0) {
            warnings.add(doc.sourceName() + ": no facts recognised (loaded as a document with zero facts)");
        }
        return facts;
    }

    /** "the Office ... of the Central Anti-Corruption Coordination Group": the first agency is part of the second. */
    private List<TieFact> ties(Sentence s, List<Span<AgencyRef>> agencies) {
        List<TieFact> out = new ArrayList<>();
        for (int i = 0; i + 1 < agencies.size(); i++) {
            Span<AgencyRef> a = agencies.get(i);
            Span<AgencyRef> b = agencies.get(i + 1);
            String between = s.text().substring(a.end(), b.start());
            if (OF_PHRASE.matcher(between).matches() && !a.value().equals(b.value())) {
                out.add(new TieFact(a.value(), b.value(), new Evidence(s, "tie.of-phrase")));
            }
        }
        return out;
    }

    /** One role per operation, agency and role, the first one read. */
    static List<RoleFact> dedupe(List<RoleFact> facts) {
        Map<String, RoleFact> seen = new LinkedHashMap<>();
        for (RoleFact f : facts) {
            seen.putIfAbsent(f.operation() + "|" + f.agency() + "|" + f.role(), f);
        }
        return List.copyOf(seen.values());
    }
}
