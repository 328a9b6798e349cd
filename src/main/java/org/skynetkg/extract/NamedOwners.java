package org.skynetkg.extract;

import java.util.List;

/**
 * The operation a figure's own sentence offers as its owner: the one named nearest before it (a name with a year
 * first), or the series whose words the sentence uses ("police", "economic crimes" for Fox Hunt).
 */
final class NamedOwners {
    private final Gazetteer gazetteer;
    private final Patterns patterns;

    NamedOwners(Gazetteer gazetteer, Patterns patterns) {
        this.gazetteer = gazetteer;
        this.patterns = patterns;
    }

    /** Whether a name gives its operation's year ("Sky Net 2021", "last year's operation"). */
    static boolean dated(RoleRules.Target t) {
        Mention m = t.span().value();
        return m.year() != null || m.lastYear() || m.thisYear();
    }

    /** The series whose words the sentence uses ("police", "economic crimes"), when it is one series only. */
    String cued(String text) {
        String found = null;
        for (Gazetteer.Series s : gazetteer.series()) {
            String key = "figure.series." + s.slug();
            if (patterns.has(key) && patterns.find(key, text)) {
                if (found != null) {
                    return null;
                }
                found = s.slug();
            }
        }
        return found;
    }

    /**
     * The operation named nearest before the figure (else the first after it), a name with a year first; not a
     * name that only says what the owner is part of ("the Fox Hunt campaign, an important part of Sky Net").
     */
    RoleRules.Target named(List<RoleRules.Target> targets, Figure f, String text) {
        RoleRules.Target withYear = nearest(targets, f, text, true);
        RoleRules.Target found = withYear != null ? withYear : nearest(targets, f, text, false);
        if (found == null || dated(found)) {
            return found;
        }
        // "as part of the Sky Net and Fox Hunt campaigns": a component named with its parent is counted in the parent
        String parent = gazetteer.topLevel(found.span().value().series());
        return targets.stream().filter(t -> !t.span().value().cue() && t.span().value().series().equals(parent)
                && !dated(t) && patterns.find("figure.owner.coordinated", between(text, t.span(), found.span())))
                .findFirst().orElse(found);
    }

    private static String between(String text, Span<?> a, Span<?> b) {
        return a.end() <= b.start() ? text.substring(a.end(), b.start()) : b.end() <= a.start() ? text.substring(b.end(), a.start()) : "";
    }

    private RoleRules.Target nearest(List<RoleRules.Target> targets, Figure f, String text, boolean withYear) {
        RoleRules.Target owner = null;
        for (RoleRules.Target t : targets) {
            Mention m = t.span().value();
            boolean partOf = patterns.find("figure.owner.part-of", text.substring(Math.max(0, t.span().start() - 40), t.span().start()));
            boolean opening = patterns.find("figure.owner.opening", text.substring(0, t.span().end()))
                    && patterns.find("figure.owner.opening.after", text.substring(t.span().end()));
            boolean otherClause = t.span().end() <= f.start() && !opening
                    && patterns.find("figure.owner.clause-break.cs", text.substring(t.span().end(), f.end()));
            if (!m.cue() && !partOf && !otherClause && (!withYear || dated(t)) && (owner == null || t.span().start() < f.start())) {
                owner = t;
            }
        }
        return owner;
    }
}
