package org.skynetkg.extract;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skynetkg.document.Announcement;
import org.skynetkg.document.Sentence;

/**
 * Which operation a mention means and which operation a figure belongs to. A name without a year takes it from
 * "last year's"/"this year's", from the period of its sentence, from the last operation named with a year, or
 * from the publication date. A component names its parent when the document names the parent's year.
 */
final class OperationRules {
    private static final Pattern ON_DAY = Pattern.compile("\\bon the (\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern ON_DATE = Pattern.compile(
            "\\bon (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})\\b",
            Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;
    private final Patterns patterns;

    OperationRules(Gazetteer gazetteer, Patterns patterns) {
        this.gazetteer = gazetteer;
        this.patterns = patterns;
    }

    /** The operations the document names with a year. */
    List<OperationRef> namedInDocument(Announcement doc, MentionFinder finder) {
        List<OperationRef> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Span<Mention> m : finder.named(s.text())) {
                if (m.value().year() != null) {
                    out.add(new OperationRef(m.value().series(), m.value().year()));
                }
            }
        }
        return out;
    }

    List<RoleRules.Target> resolve(Sentence s, List<Span<Mention>> spans, Period period, Context context, DocumentAnchors anchors,
                                   List<OperationRef> named, Map<OperationRef, OperationFact> ops, List<String> warnings) {
        List<RoleRules.Target> targets = new ArrayList<>();
        for (Span<Mention> span : spans) {
            Mention m = span.value();
            Integer dated = m.cue() || m.year() != null || m.lastYear() || m.thisYear() || period != null ? null
                    : anchors.yearlessYear(m.series());
            Integer year = dated != null ? dated : yearOf(m, period, context);
            if (year == null) {
                warnings.add("sentence " + (s.index() + 1) + ": no year for '" + span.surface() + "' (no date known)");
                continue;
            }
            OperationRef op = new OperationRef(m.series(), year);
            if (m.year() != null || dated != null) {
                context.named(op);
            }
            OperationRef parent = parentOf(m, op, named);
            String rule = m.cue() ? "operation.cue:" + m.series() : m.year() != null ? "operation.named" : "operation.named.year-from-context";
            OperationFact fact = ops.computeIfAbsent(op, k -> new OperationFact(op, m.cue() ? null : span.surface(),
                    parent, null, new Evidence(s, rule)));
            LocalDate launched = launchDate(s, op, context);
            if (launched != null && !m.cue()) {
                context.launched(op);
            }
            if (launched != null && fact.launchDate() == null) {
                ops.put(op, new OperationFact(op, fact.surface(), fact.parent(), launched,
                        new Evidence(s, "verb.launch")));
            }
            targets.add(new RoleRules.Target(span, op, gazetteer.series(m.series()).map(Gazetteer.Series::componentOf).isPresent()));
        }
        return targets;
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

    /** The launch date, when the sentence says the operation (of the publication year) was launched. */
    private LocalDate launchDate(Sentence s, OperationRef op, Context context) {
        LocalDate published = context.published();
        if (published == null || op.year() != published.getYear() || !patterns.find("verb.launch", s.text())) {
            return null;
        }
        Matcher day = ON_DAY.matcher(s.text());
        if (day.find()) {
            int d = Integer.parseInt(day.group(1));
            return d >= 1 && d <= published.lengthOfMonth() ? published.withDayOfMonth(d) : null;
        }
        Matcher date = ON_DATE.matcher(s.text());
        if (date.find()) {
            Month month = Month.valueOf(date.group(1).toUpperCase(Locale.ROOT));
            int d = Integer.parseInt(date.group(2));
            return d <= month.length(java.time.Year.isLeap(published.getYear()))
                    ? LocalDate.of(published.getYear(), month, d) : null;
        }
        return published;
    }

    /** The yearly operation a clause without a name is about: the one launched, else the last one named. */
    OperationRef current(Context context) {
        OperationRef op = context.launched() != null ? context.launched() : context.lastNamed();
        return op == null ? null : new OperationRef(gazetteer.topLevel(op.series()), op.year());
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
