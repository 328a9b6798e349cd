package org.skynetkg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skynetkg.document.Sentence;

/**
 * Which operation a mention means and which operation a figure belongs to. A name without a year takes it from
 * "last year's"/"this year's", from the period of its sentence, from the last operation named with a year, or
 * from the publication date. A component names its parent when the document names the parent's year.
 */
final class OperationRules {
    private static final Pattern ON_DAY = Pattern.compile("\\bon the (\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern ON_WEEKDAY = Pattern.compile(
            "\\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_DATE = Pattern.compile(
            "\\bon (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})\\b",
            Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;
    private final Patterns patterns;

    OperationRules(Gazetteer gazetteer, Patterns patterns) {
        this.gazetteer = gazetteer;
        this.patterns = patterns;
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
            Integer launchedIn = undated ? launchYear(s.text(), span) : null;
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
            if (m.year() != null || dated != null) {
                context.named(op);
            }
            OperationRef parent = parentOf(m, op, named);
            String rule = m.cue() ? "operation.cue:" + m.series() : m.year() != null ? "operation.named" : "operation.named.year-from-context";
            // A name whose year nothing in the text gives (only the publication date or the last name) describes
            // the series; it becomes an operation of the document only if an agency or a figure is tied to it.
            // "China launches Sky Net": a name launched in the publication year is of that year.
            boolean launching = !m.cue() && context.publicationYear() != null && year.equals(context.publicationYear())
                    && patterns.find("verb.launch", s.text());
            boolean yearKnown = m.year() != null || m.lastYear() || m.thisYear() || dated != null || period != null || launching;
            Map<OperationRef, OperationFact> into = m.cue() || !yearKnown ? described : ops;
            OperationFact fact = into.computeIfAbsent(op, k -> new OperationFact(op, m.cue() ? null : span.surface(),
                    parent, null, new Evidence(s, rule)));
            LocalDate launched = launchDate(s, m, op, context);
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

    /**
     * The year the name's own launch is dated to: "Fox Hunt was launched by the ministry in June 2014", "In July 2014,
     * the ministry launched its Fox Hunt".
     */
    private Integer launchYear(String text, Span<Mention> span) {
        Matcher m = patterns.matcher("operation.launch-dated", text.substring(span.end()));
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        m = patterns.matcher("operation.launch-dated.before", text.substring(0, span.start()));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
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

    /**
     * The launch date, when the sentence says the operation of the publication year, named with its year, was
     * launched: on the day it gives ("on the 3rd", "on March 3", "on Monday": the last Monday up to the publication
     * date), or on the publication date when it says it has just been launched ("has kicked off", "launches").
     * Unknown when it says only the month ("in late February"), that it was launched earlier, or that it will be.
     */
    private LocalDate launchDate(Sentence s, Mention m, OperationRef op, Context context) {
        LocalDate published = context.published();
        String text = s.text();
        if (published == null || op.year() != published.getYear() || m.year() == null && !m.thisYear() && !m.cue()
                || !patterns.find("verb.launch", text) || patterns.find("verb.launch.future", text)) {
            return null;
        }
        Matcher in = patterns.matcher("anchor.launch-month", text);
        if (in.find() && Month.valueOf(in.group(1).toUpperCase(Locale.ROOT)) != published.getMonth()) {
            return null;
        }
        Matcher day = ON_DAY.matcher(text);
        if (day.find()) {
            int d = Integer.parseInt(day.group(1));
            return d >= 1 && d <= published.lengthOfMonth() ? published.withDayOfMonth(d) : null;
        }
        Matcher date = ON_DATE.matcher(text);
        if (date.find()) {
            Month month = Month.valueOf(date.group(1).toUpperCase(Locale.ROOT));
            int d = Integer.parseInt(date.group(2));
            return d <= month.length(java.time.Year.isLeap(published.getYear()))
                    ? LocalDate.of(published.getYear(), month, d) : null;
        }
        Matcher weekday = ON_WEEKDAY.matcher(text);
        if (weekday.find()) {
            DayOfWeek dow = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
            return published.with(TemporalAdjusters.previousOrSame(dow));
        }
        return patterns.find("verb.launch.now", text) ? published : null;
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
