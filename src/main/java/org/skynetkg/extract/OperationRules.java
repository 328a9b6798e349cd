package org.skynetkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.skynetkg.document.Sentence;

/**
 * Which operation a mention means and which operation a figure belongs to. A name without a year takes it from
 * "last year's"/"this year's", from the period of its sentence, from the last operation named with a year, or
 * from the publication date. A component names its parent when the document names the parent's year.
 */
final class OperationRules {
    private final Gazetteer gazetteer;
    private final LaunchRules launches;

    OperationRules(Gazetteer gazetteer, Patterns patterns) {
        this.gazetteer = gazetteer;
        this.launches = new LaunchRules(gazetteer, patterns);
    }

    /**
     * The operations a sentence mentions, with their years. Named operations go into {@code ops}; parts described by
     * a cue ("a campaign against underground banks") into {@code described}, and become operations of the document
     * only when an agency is said to lead them: a description of the campaign in a results report is not a part.
     */
    List<RoleRules.Target> resolve(Sentence s, List<Span<Mention>> spans, List<Period> periods, Context context, DocumentAnchors anchors,
                                   List<OperationRef> named, Map<OperationRef, OperationFact> ops,
                                   Map<OperationRef, OperationFact> described, List<String> warnings) {
        List<RoleRules.Target> targets = new ArrayList<>();
        for (Span<Mention> span : spans) {
            Mention m = span.value();
            Period period = periodOf(span, periods);
            boolean undated = !m.cue() && m.year() == null && !m.lastYear() && !m.thisYear() && period == null;
            Integer launchedIn = undated ? launches.launchYear(s.text(), span) : null;
            Integer dated = launchedIn != null ? launchedIn : undated ? anchors.yearlessYear(m.series()) : null;
            Integer year = dated != null ? dated : yearOf(m, period, context);
            if (year == null) {
                warnings.add("sentence " + (s.index() + 1) + ": no year for '" + span.surface() + "' (no date known)");
                continue;
            }
            if (!gazetteer.hasYear(m.series(), year)) {
                warnings.add("sentence " + (s.index() + 1) + ": '" + span.surface().strip() + "' dated " + year
                        + ", before the series' first operation: the series, not an operation");
                continue;
            }
            OperationRef op = new OperationRef(m.series(), year);
            if (launches.seriesLaunch(s.text(), span, spans, year, context)) {
                context.seriesLaunched(m.series(), year);
            }
            // "Fox Hunt 2015 is part of Sky Net. ... to launch the campaign": a name without a year, of the year of
            // the last name, is the last named too.
            boolean sameYear = !m.cue() && context.lastNamed() != null && context.lastNamed().year() == year;
            if (m.year() != null || dated != null || sameYear) {
                context.named(op);
            }
            OperationRef parent = parentOf(m, op, named);
            String rule = m.cue() ? "operation.cue:" + m.series() : m.year() != null ? "operation.named" : "operation.named.year-from-context";
            // A name whose year nothing in the text gives (only the publication date or the last name) describes
            // the series; it becomes an operation of the document only if an agency or a figure is tied to it.
            // "China launches Sky Net": a name launched in the publication year is of that year.
            boolean launching = !m.cue() && context.publicationYear() != null && year.equals(context.publicationYear())
                    && launches.launchedHere(s.text(), span, spans);
            boolean yearKnown = m.year() != null || m.lastYear() || m.thisYear() || dated != null || period != null || launching;
            Map<OperationRef, OperationFact> into = m.cue() || !yearKnown ? described : ops;
            OperationFact fact = into.computeIfAbsent(op, k -> new OperationFact(op, m.cue() ? null : span.surface(),
                    parent, null, new Evidence(s, rule)));
            LocalDate launched = launches.launchDate(s, m, op, context);
            if (launching && yearKnown) {
                context.launched(op);
            }
            if (launched != null && fact.launchDate() == null) {
                into.put(op, new OperationFact(op, fact.surface(), fact.parent(), launched, new Evidence(s, "verb.launch")));
            }
            targets.add(new RoleRules.Target(span, op, gazetteer.series(m.series()).map(Gazetteer.Series::componentOf).isPresent()));
        }
        return targets;
    }

    /** The period of a name: one right after it ("Sky Net in 2015"), else the sentence's only one. */
    private static Period periodOf(Span<Mention> span, List<Period> periods) {
        for (Period p : periods) {
            if (p.from() >= span.end() && p.from() - span.end() <= 20) {
                return p;
            }
        }
        return periods.size() == 1 ? periods.get(0) : null;
    }

    private Integer yearOf(Mention m, Period period, Context context) {
        Integer published = context.publicationYear();
        if (m.year() != null) {
            return m.year();
        }
        if (m.lastYear() && published != null) {
            return published - 1;
        }
        if (m.thisYear() && published != null) {
            return published;
        }
        if (!m.cue() && period != null) {
            return period.year();
        }
        if (m.cue() && context.launched() != null) {
            return context.launched().year();
        }
        if (context.lastNamed() != null) {
            return context.lastNamed().year();
        }
        return published;
    }

    private OperationRef parentOf(Mention m, OperationRef op, List<OperationRef> named) {
        return gazetteer.series(m.series()).map(Gazetteer.Series::componentOf)
                .map(p -> new OperationRef(p, op.year()))
                .filter(p -> m.cue() || named.contains(p))
                .orElse(null);
    }

    /** The yearly operation a clause without a name is about: the one launched, else the last one named. */
    OperationRef current(Context context) {
        OperationRef op = context.launched() != null ? context.launched() : context.lastNamed();
        String top = op == null ? null : gazetteer.topLevel(op.series());
        // "Fox Hunt 2014" was before Sky Net: no yearly operation of 2014 to be the current one
        return op == null || !gazetteer.hasYear(top, op.year()) ? null : new OperationRef(top, op.year());
    }

    /**
     * A component names its parent when the document is about the parent's year: always for an unnamed part
     * (recognised by a cue; the parent is added if need be), and for a named component ("Fox Hunt 2016") when
     * the document also mentions the whole operation of that year.
     */
    void linkParents(Map<OperationRef, OperationFact> ops) {
        linkOnce(ops);
        linkOnce(ops); // a parent added for an unnamed part may be the parent of a named one seen earlier
    }

    private void linkOnce(Map<OperationRef, OperationFact> ops) {
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
}
