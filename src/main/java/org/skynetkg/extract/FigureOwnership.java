package org.skynetkg.extract;

import java.util.List;
import org.skynetkg.document.Sentence;

/**
 * Which operation a figure belongs to: the operation named nearest before it in its sentence (a name with a year
 * first), else the period or "last year" of the sentence, else the operation of the figures just before. A figure
 * in a multi-year stretch of text ("since 2014", "from 2014 to 2016") belongs to none.
 */
final class FigureOwnership {
    private final Gazetteer gazetteer;
    private final Patterns patterns;

    FigureOwnership(Gazetteer gazetteer, Patterns patterns) {
        this.gazetteer = gazetteer;
        this.patterns = patterns;
    }

    /** The operation a figure belongs to, or null (with a note) when that is not certain. */
    OperationRef ownerOf(Sentence s, Figure f, List<Figure> figures, List<RoleRules.Target> targets, Period period,
                         Context context, OperationRef previousFigureOp, List<String> notes) {
        String text = s.text();
        RoleRules.Target owner = owner(targets, f, true);
        if (owner == null) {
            owner = owner(targets, f, false);
        }
        boolean explicit = owner != null && owner.span().value().year() != null || period != null;
        if (cumulativeNear(text, f, figures) || patterns.find("period.cumulative", text) && !explicit) {
            notes.add(OutcomeRules.note(s, f, "a cumulative figure over several years"));
            return null;
        }
        if (owner != null) {
            return owner.op();
        }
        OperationRef last = context.lastNamed() == null ? null
                : new OperationRef(gazetteer.topLevel(context.lastNamed().series()), context.lastNamed().year());
        if (period != null && last != null) {
            return new OperationRef(last.series(), period.year());
        }
        if (patterns.find("context.last-year", text) && last != null && context.publicationYear() != null) {
            return new OperationRef(last.series(), context.publicationYear() - 1);
        }
        if (previousFigureOp != null) {
            return previousFigureOp;
        }
        notes.add(OutcomeRules.note(s, f, "no operation named for it"));
        return null;
    }

    /** The named operation nearest before the figure (else the first after it); with a written year if asked. */
    private static RoleRules.Target owner(List<RoleRules.Target> targets, Figure f, boolean withYear) {
        RoleRules.Target owner = null;
        for (RoleRules.Target t : targets) {
            Mention m = t.span().value();
            if (!m.cue() && (!withYear || m.year() != null) && (owner == null || t.span().start() < f.start())) {
                owner = t;
            }
        }
        return owner;
    }

    /**
     * A multi-year marker in the figure's own stretch of text: from the previous figure (or the last comma before
     * it) to the next figure (or the first comma after it).
     */
    private boolean cumulativeNear(String text, Figure f, List<Figure> figures) {
        int i = figures.indexOf(f);
        int prevEnd = i > 0 ? figures.get(i - 1).end() : 0;
        int nextStart = i + 1 < figures.size() ? figures.get(i + 1).start() : text.length();
        int from = Math.max(prevEnd, text.lastIndexOf(',', f.start()) + 1);
        int comma = text.indexOf(',', f.end());
        int to = Math.min(nextStart, comma < 0 ? text.length() : comma);
        for (int[] m : patterns.spans("period.cumulative", text)) {
            if (m[0] < to && m[1] > from) {
                return true;
            }
        }
        return false;
    }
}
