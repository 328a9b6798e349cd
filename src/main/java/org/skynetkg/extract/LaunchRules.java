package org.skynetkg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skynetkg.document.Sentence;

/**
 * What a sentence says of an operation's launch: which name a launch verb is of, the year the launch is dated to,
 * the day it happened, and a series' own launch ("Fox Hunt was launched in 2014").
 */
final class LaunchRules {
    private static final Pattern ON_DAY = Pattern.compile("\\bon the (\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern ON_WEEKDAY = Pattern.compile(
            "\\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_DATE = Pattern.compile(
            "\\bon (January|February|March|April|May|June|July|August|September|October|November|December) (\\d{1,2})\\b",
            Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;
    private final Patterns patterns;

    LaunchRules(Gazetteer gazetteer, Patterns patterns) {
        this.gazetteer = gazetteer;
        this.patterns = patterns;
    }

    /** "Fox Hunt was launched in 2014", read later: a name without a year launched in the series' first year. */
    boolean seriesLaunch(String text, Span<Mention> span, List<Span<Mention>> spans, int year, Context context) {
        Mention m = span.value();
        Integer first = gazetteer.series(m.series()).map(Gazetteer.Series::firstYear).orElse(null);
        return !m.cue() && m.year() == null && first != null && first == year && context.publicationYear() != null
                && year < context.publicationYear() && launchedHere(text, span, spans);
    }

    /**
     * A launch verb in the sentence with no other name between it and this one: "Fox Hunt 2015 is part of Sky Net, a
     * campaign launched by ..." launches Sky Net, not Fox Hunt 2015.
     */
    boolean launchedHere(String text, Span<Mention> span, List<Span<Mention>> spans) {
        for (int[] verb : patterns.spans("verb.launch", text)) {
            int from = Math.min(span.end(), verb[0]);
            int to = Math.max(span.start(), verb[1]);
            boolean between = spans.stream().anyMatch(o -> o != span && !o.value().cue() && o.start() >= from && o.end() <= to);
            if (!between) {
                return true;
            }
        }
        return false;
    }

    /**
     * The year the name's own launch is dated to: "Fox Hunt was launched by the ministry in June 2014", "In July 2014,
     * the ministry launched its Fox Hunt".
     */
    Integer launchYear(String text, Span<Mention> span) {
        Matcher m = patterns.matcher("operation.launch-dated", text.substring(span.end()));
        if (m.find()) {
            return Integer.valueOf(m.group(1));
        }
        m = patterns.matcher("operation.launch-dated.before", text.substring(0, span.start()));
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * The launch date, when the sentence says the operation of the publication year, named with its year, was
     * launched: on the day it gives ("on the 3rd", "on March 3", "on Monday": the last Monday up to the publication
     * date), or on the publication date when it says it has just been launched ("has kicked off", "launches").
     * Unknown when it says only the month ("in late February"), that it was launched earlier, or that it will be.
     */
    LocalDate launchDate(Sentence s, Mention m, OperationRef op, Context context) {
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
}
