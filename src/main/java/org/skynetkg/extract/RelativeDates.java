package org.skynetkg.extract;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/** Dates a text writes without their year ("in July", "last year"), read against the publication date. */
final class RelativeDates {
    private RelativeDates() {
    }

    /**
     * "launched the operation in July": the last July up to the publication date; "launched in April 2015": 2015.
     * Only this year's or last year's operation can be the one a document reports on.
     */
    static Integer launchMonth(String text, Patterns patterns, LocalDate published) {
        Matcher m = patterns.matcher("anchor.launch-year", text);
        Integer year = null;
        if (m.find()) {
            year = Integer.valueOf(m.group(1));
        } else if (patterns.find("anchor.launch-last-year", text)) {
            year = published.getYear() - 1;
        } else if ((m = patterns.matcher("anchor.launch-month", text)).find()) {
            Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            year = month.getValue() <= published.getMonthValue() ? published.getYear() : published.getYear() - 1;
        }
        return year != null && year >= published.getYear() - 1 && year <= published.getYear() ? year : null;
    }

    /** Whether a launch sentence dates the launch to a month before the publication's ("in July", "on July 22"). */
    static boolean launchedMonthsAgo(String text, Patterns patterns, LocalDate published) {
        for (String key : List.of("anchor.launch-month", "anchor.launch-day")) {
            Matcher m = patterns.matcher(key, text);
            if (m.find() && Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue() < published.getMonthValue()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The year of a date written without one, against the publication date: "by the end of last year" is the year
     * before; "by the end of October" is this year's October when it has come, else last year's.
     */
    static Integer yearOfUndated(String words, Patterns patterns, LocalDate published) {
        if (patterns.find("date.last-year", words)) {
            return published.getYear() - 1;
        }
        Matcher m = patterns.matcher("date.month", words);
        if (m.find() && Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue() > published.getMonthValue()) {
            return published.getYear() - 1;
        }
        return published.getYear();
    }
}
