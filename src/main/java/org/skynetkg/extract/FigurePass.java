package org.skynetkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.skynetkg.document.Sentence;

/**
 * The figures of one document, read sentence by sentence: each figure given its owner and measure, with what the
 * next sentences need to know (the figures before: "Among them ...", "The same period saw ..."), then the document's
 * figures checked together ({@link OutcomeChecks}). One pass per document; not shared between threads.
 */
final class FigurePass {
    /** How many sentences after the last figure an unnamed figure may still belong to that figure's operation. */
    private static final int CARRY_OVER_SENTENCES = 2;

    private final FigureOwnership ownership;
    private final OutcomeRules outcomes;
    private final Patterns patterns;
    private final DocumentAnchors anchors;
    private final List<String> notes;
    private final List<OutcomeFact> facts = new ArrayList<>();
    private final List<OutcomeChecks.Heading> headings = new ArrayList<>();
    private OutcomeFact previous;
    private Sentence previousFigures;
    /** The values of the body's figures left out so far: "Among the 42 fugitives" refers back to one of them. */
    private final Set<BigDecimal> leftOut = new HashSet<>();

    FigurePass(FigureOwnership ownership, OutcomeRules outcomes, Patterns patterns, DocumentAnchors anchors, List<String> notes) {
        this.ownership = ownership;
        this.outcomes = outcomes;
        this.patterns = patterns;
        this.anchors = anchors;
        this.notes = notes;
    }

    /** The figures of a sentence, with the operations it mentions and the periods it states. */
    void read(Sentence s, List<Figure> found, List<RoleRules.Target> targets, List<Period> periods,
              List<Span<AgencyRef>> agencies) {
        if (found.isEmpty()) {
            return;
        }
        if (s.heading()) {
            found.forEach(f -> notes.add(OutcomeRules.note(s, f, "in a heading, which restates the text or is cut off")));
            found.forEach(f -> headings.add(new OutcomeChecks.Heading(s, f)));
            return;
        }
        if (previousFigures != null && s.index() - previousFigures.index() > CARRY_OVER_SENTENCES
                && s.paragraph() != previousFigures.paragraph()) {
            previous = null;
        }
        Integer anchor = OutcomeSets.restated(found, facts);
        OutcomeFact before = anchor != null ? facts.get(anchor) : previous;
        Owner carried = anchor != null ? before.owner().carried("it restates '" + before.surface() + "' of "
                + before.operation()) : before == null ? null : before.owner();
        // the names the sentence's anaphors stand for: "the ministry said" names the Ministry of Public Security
        String names = String.join(" ", agencies.stream().filter(a -> patterns.find("anaphor.ministry", a.surface())
                || patterns.find("pronoun.it.cs", a.surface())).map(a -> a.value().name()).toList());
        FigureOwnership.Scene scene = new FigureOwnership.Scene(s, found, targets, periods, anchors, carried,
                before == null ? null : before.periodStart(), before == null ? null : before.periodEnd(), names);
        List<OutcomeRules.Assigned> assigned = new ArrayList<>();
        // "Among the 42 fugitives, 20 were caught ...": the parts of a figure left out are left out with it
        boolean partOfLeftOut = found.stream().anyMatch(f -> backReference(s, f));
        for (Figure f : found) {
            if (partOfLeftOut && !f.money()) {
                notes.add(OutcomeRules.note(s, f, backReference(s, f) ? "refers back to a figure left out before"
                        : "a part of a figure left out before"));
                continue;
            }
            if (anchor != null && OutcomeSets.isRestatement(f, facts.get(anchor))) {
                notes.add(OutcomeRules.note(s, f, "restates an earlier figure of " + facts.get(anchor).operation()));
                continue;
            }
            Period period = ownership.periodOf(scene, f);
            Owner owner = ownership.ownerOf(scene, f, period, notes);
            if (owner != null) {
                assigned.add(new OutcomeRules.Assigned(f, owner, period));
            }
        }
        int from = facts.size();
        boolean opNamed = targets.stream().anyMatch(t -> !t.span().value().cue() && t.span().value().year() != null);
        outcomes.apply(s, assigned, facts, notes, anchor, opNamed, previous != null);
        OutcomeSets.inheritPeriods(facts, from, targets.stream().anyMatch(t -> t.span().value().year() != null)
                && !patterns.find("period.same", s.text()));
        OutcomeFact context = OutcomeSets.context(facts.subList(from, facts.size()), s.text(), patterns);
        if (context != null) {
            previous = context;
        }
        List<OutcomeFact> kept = facts.subList(from, facts.size());
        found.stream().filter(f -> kept.stream().noneMatch(o -> o.value().compareTo(f.value()) == 0))
                .forEach(f -> leftOut.add(f.value()));
        if (facts.size() > from) {
            previousFigures = s; // the figures go on: "Among them ..." keeps the total of two sentences before in view
        }
    }

    private boolean backReference(Sentence s, Figure f) {
        return leftOut.contains(f.value())
                && patterns.find("figure.back-reference", s.text().substring(Math.max(0, f.start() - 20), f.start()));
    }

    /** The document's figures, checked together and without repeats. */
    List<OutcomeFact> finish() {
        return OutcomeSets.dedupe(OutcomeChecks.apply(facts, headings, notes), notes);
    }
}
