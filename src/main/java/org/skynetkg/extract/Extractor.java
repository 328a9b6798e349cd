package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.skynetkg.document.Announcement;
import org.skynetkg.document.Sentence;

/**
 * Reads the facts of an announcement, sentence by sentence: the operations it names, the agencies' roles,
 * the organisational ties it states and the outcome figures. Every fact keeps its sentence and the rule
 * that produced it; what the rules cannot place with certainty is left out and noted.
 */
public final class Extractor {
    /** How many sentences after the last figure an unnamed figure may still belong to that figure's operation. */
    private static final int CARRY_OVER_SENTENCES = 2;

    private final Gazetteer gazetteer;
    private final MentionFinder mentions;
    private final FigureFinder figures;
    private final RoleRules roles;
    private final OutcomeRules outcomes;
    private final OperationRules operations;
    private final Patterns patterns;

    public Extractor(Gazetteer gazetteer, Patterns patterns) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.patterns = Objects.requireNonNull(patterns, "patterns");
        this.mentions = new MentionFinder(gazetteer, patterns);
        this.figures = new FigureFinder(patterns);
        this.roles = new RoleRules(patterns);
        this.outcomes = new OutcomeRules(patterns);
        this.operations = new OperationRules(gazetteer, patterns);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public DocumentFacts extract(Announcement doc) {
        Context context = new Context(doc.metadata().published());
        Map<OperationRef, OperationFact> ops = new LinkedHashMap<>();
        List<RoleFact> roleFacts = new ArrayList<>();
        List<OutcomeFact> outcomeFacts = new ArrayList<>();
        List<TieFact> ties = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<OperationRef> named = operations.namedInDocument(doc, mentions);
        OperationRef previousFigureOp = null;
        int previousFigureSentence = -1;
        for (Sentence s : doc.sentences()) {
            String text = s.text();
            List<Span<AgencyRef>> agencies = mentions.agencies(text, context);
            List<Span<Mention>> opSpans = mentions.operations(text, context.lastNamed());
            Period period = Period.find(text, patterns, context.publicationYear());
            List<RoleRules.Target> targets = operations.resolve(s, opSpans, period, context, named, ops, warnings);
            List<TieFact> sentenceTies = ties(s, agencies);
            ties.addAll(sentenceTies);
            OperationRef current = operations.current(context);
            roleFacts.addAll(roles.apply(s, agencies, targets, sentenceTies, current, context));
            if (current != null) {
                roleFacts.stream().filter(r -> r.operation().equals(current)).findAny()
                        .ifPresent(r -> ops.putIfAbsent(current, new OperationFact(current, null, null, null, r.evidence())));
            }
            // "with the support of the Ministry of Foreign Affairs" does not make it "the ministry" of the next sentence.
            agencies.stream().filter(a -> !patterns.find("marker.partner", text.substring(Math.max(0, a.start() - 40), a.start())))
                    .forEach(a -> context.seen(a.value()));

            List<Span<?>> names = new ArrayList<>(agencies);
            // A component described by a cue is a long phrase that may hold a figure; only names hide numbers.
            opSpans.stream().filter(o -> !o.value().cue()).forEach(names::add);
            List<Figure> found = figures.find(text, names);
            if (found.isEmpty()) {
                continue;
            }
            Integer anchor = restated(found, outcomeFacts);
            OperationRef carried = anchor != null ? outcomeFacts.get(anchor).operation() : previousFigureOp;
            List<OutcomeRules.Assigned> assigned = new ArrayList<>();
            for (Figure f : found) {
                if (anchor != null && isRestatement(f, outcomeFacts.get(anchor))) {
                    notes.add(OutcomeRules.note(s, f, "restates an earlier figure of " + outcomeFacts.get(anchor).operation()));
                    continue;
                }
                OperationRef op = operations.ownerOf(s, f, found, targets, period, context, carried, notes);
                if (op != null) {
                    assigned.add(new OutcomeRules.Assigned(f, op));
                }
            }
            int before = outcomeFacts.size();
            boolean opNamed = targets.stream().anyMatch(t -> !t.span().value().cue() && t.span().value().year() != null);
            outcomes.apply(s, assigned, period, outcomeFacts, notes, anchor, opNamed, previousFigureOp != null);
            inheritPeriods(outcomeFacts, before, targets.stream().anyMatch(t -> t.span().value().year() != null)
                    && !patterns.find("period.same", text));
            if (outcomeFacts.size() > before && !patterns.find("figure.comparison", text)) {
                previousFigureOp = outcomeFacts.get(outcomeFacts.size() - 1).operation();
                previousFigureSentence = s.index();
            } else if (s.index() - previousFigureSentence > CARRY_OVER_SENTENCES) {
                previousFigureOp = null;
            }
        }
        for (OutcomeFact o : outcomeFacts) {
            ops.putIfAbsent(o.operation(), new OperationFact(o.operation(), null, null, null, o.evidence()));
        }
        linkParents(ops);
        linkParents(ops); // a parent added for an unnamed part may be the parent of a named one seen earlier
        DocumentFacts facts = new DocumentFacts(doc, List.copyOf(ops.values()), dedupe(roleFacts),
                dedupeOutcomes(outcomeFacts, notes), ties, notes, warnings);
        if (facts.factCount() == 0) {
            warnings.add(doc.sourceName() + ": no facts recognised (loaded as a document with zero facts)");
        }
        return facts;
    }

    /**
     * A figure with no period of its own shares the period of its total ("including 22 ..."), or, in a sentence
     * that names no operation with a year or that says "in the same period", that of the earlier figure of the same
     * year ("Fox Hunt 2017 ... accounted for 649 of the returnees").
     */
    private static void inheritPeriods(List<OutcomeFact> outcomes, int from, boolean namedInSentence) {
        for (int i = from; i < outcomes.size(); i++) {
            OutcomeFact o = outcomes.get(i);
            if (o.periodStart() != null) {
                continue;
            }
            OutcomeFact source = o.subsetOf() != null ? outcomes.get(o.subsetOf()) : null;
            for (int j = from - 1; source == null && !namedInSentence && j >= 0; j--) {
                if (outcomes.get(j).operation().year() == o.operation().year()) {
                    source = outcomes.get(j);
                }
            }
            if (source != null && source.periodStart() != null) {
                outcomes.set(i, new OutcomeFact(o.operation(), o.measure(), o.value(), o.unit(), o.qualifier(),
                        source.periodStart(), source.periodEnd(), o.subsetOf(), o.surface(), o.evidence()));
            }
        }
    }

    /** "Of the 1,421 fugitives, twelve were ...": a figure that repeats an earlier total anchors the sentence to it. */
    private static Integer restated(List<Figure> found, List<OutcomeFact> earlier) {
        for (Figure f : found) {
            for (int i = 0; i < earlier.size(); i++) {
                if (isRestatement(f, earlier.get(i))) {
                    return i;
                }
            }
        }
        return null;
    }

    private static boolean isRestatement(Figure f, OutcomeFact o) {
        return o.value().compareTo(f.value()) == 0 && o.unit().equals(f.money() ? f.unit() : "person");
    }

    /** "the Office ... of the Central Anti-Corruption Coordination Group": the first agency is part of the second. */
    private List<TieFact> ties(Sentence s, List<Span<AgencyRef>> agencies) {
        List<TieFact> out = new ArrayList<>();
        for (int i = 0; i + 1 < agencies.size(); i++) {
            Span<AgencyRef> a = agencies.get(i);
            Span<AgencyRef> b = agencies.get(i + 1);
            String between = s.text().substring(a.end(), b.start());
            if (between.matches("\\s+(?:of|under)\\s+(?:the\\s+)?") && !a.value().equals(b.value())) {
                out.add(new TieFact(a.value(), b.value(), new Evidence(s, "tie.of-phrase")));
            }
        }
        return out;
    }

    /**
     * A component names its parent when the document is about the parent's year: always for an unnamed part
     * (recognised by a cue; the parent is added if need be), and for a named component ("Fox Hunt 2016") when
     * the document also mentions the whole operation of that year.
     */
    private void linkParents(Map<OperationRef, OperationFact> ops) {
        for (OperationFact f : List.copyOf(ops.values())) {
            OperationRef parent = gazetteer.series(f.operation().series()).map(Gazetteer.Series::componentOf)
                    .map(p -> new OperationRef(p, f.operation().year())).orElse(null);
            boolean unnamed = f.surface() == null && f.parent() != null;
            if (parent == null || !(unnamed || ops.containsKey(parent))) {
                continue;
            }
            ops.putIfAbsent(parent, new OperationFact(parent, null, null, null, f.evidence()));
            ops.put(f.operation(), new OperationFact(f.operation(), f.surface(), parent, f.launchDate(), f.evidence()));
        }
    }

    /** The same claim (operation, measure, value, period) stated twice is one outcome; subset indices follow. */
    private static List<OutcomeFact> dedupeOutcomes(List<OutcomeFact> facts, List<String> notes) {
        Map<String, Integer> first = new LinkedHashMap<>();
        int[] newIndex = new int[facts.size()];
        List<OutcomeFact> kept = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            OutcomeFact o = facts.get(i);
            String key = o.operation() + "|" + o.measure() + "|" + o.value().toPlainString() + "|" + o.periodStart() + "|" + o.periodEnd();
            Integer seen = first.get(key);
            if (seen != null) {
                newIndex[i] = seen;
                notes.add("sentence " + (o.evidence().sentence().index() + 1) + ": '" + o.surface() + "' repeats an earlier figure");
                continue;
            }
            first.put(key, kept.size());
            newIndex[i] = kept.size();
            kept.add(o);
        }
        List<OutcomeFact> out = new ArrayList<>();
        for (OutcomeFact o : kept) {
            Integer subset = o.subsetOf() == null ? null : newIndex[o.subsetOf()];
            out.add(new OutcomeFact(o.operation(), o.measure(), o.value(), o.unit(), o.qualifier(), o.periodStart(),
                    o.periodEnd(), subset, o.surface(), o.evidence()));
        }
        return out;
    }

    private static List<RoleFact> dedupe(List<RoleFact> facts) {
        Map<String, RoleFact> seen = new LinkedHashMap<>();
        for (RoleFact f : facts) {
            seen.putIfAbsent(f.operation() + "|" + f.agency() + "|" + f.role(), f);
        }
        return List.copyOf(seen.values());
    }
}
