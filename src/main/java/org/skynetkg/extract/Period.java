package org.skynetkg.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/** The period a sentence states for its figures: "in 2021", "the first 11 months of 2019", "from January to June 2020". */
record Period(LocalDate start, LocalDate end, String rule) {
    private static final Map<String, Integer> COUNT = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11));

    int year() {
        return start.getYear();
    }

    static Period find(String text, Patterns patterns, Integer publicationYear) {
        Matcher m = patterns.matcher("period.first-months", text);
        if (m.find()) {
            Integer n = months(m.group(1));
            Integer year = m.group(2) != null && m.group(2).matches("\\d{4}") ? Integer.valueOf(m.group(2)) : publicationYear;
            if (n != null && year != null) {
                return new Period(LocalDate.of(year, 1, 1), YearMonth.of(year, n).atEndOfMonth(), "period.first-months");
            }
        }
        m = patterns.matcher("period.first-half", text);
        if (m.find() && (m.group(1) != null || publicationYear != null)) {
            int year = m.group(1) != null ? Integer.parseInt(m.group(1)) : publicationYear;
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), "period.first-half");
        }
        m = patterns.matcher("period.first-quarters", text);
        if (m.find() && (m.group(2) != null || publicationYear != null)) {
            int year = m.group(2) != null ? Integer.parseInt(m.group(2)) : publicationYear;
            int quarters = m.group(1).matches("\\d") ? Integer.parseInt(m.group(1)) : m.group(1).equalsIgnoreCase("two") ? 2 : 3;
            return new Period(LocalDate.of(year, 1, 1), YearMonth.of(year, quarters * 3).atEndOfMonth(), "period.first-quarters");
        }
        m = patterns.matcher("period.month-range", text);
        if (m.find() && (m.group(3) != null || publicationYear != null)) {
            int year = m.group(3) != null ? Integer.parseInt(m.group(3)) : publicationYear;
            Month from = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            Month to = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            if (from.compareTo(to) <= 0) {
                return new Period(LocalDate.of(year, from, 1), YearMonth.of(year, to).atEndOfMonth(), "period.month-range");
            }
        }
        m = patterns.matcher("period.last-year", text);
        if (m.find() && publicationYear != null) {
            int year = publicationYear - 1;
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "period.last-year");
        }
        m = patterns.matcher("period.year", text);
        if (m.find()) {
            int year = Integer.parseInt(m.group(1));
            return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "period.year");
        }
        return null;
    }

    private static Integer months(String s) {
        if (s.matches("\\d+")) {
            int n = Integer.parseInt(s);
            return n >= 1 && n <= 12 ? n : null;
        }
        return COUNT.get(s.toLowerCase(Locale.ROOT));
    }
}
