package org.skynetkg.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The period a sentence states for its figures: "in 2021", "the first 11 months of 2019", "from January to June",
 * "the first half of last year", "this year". A period without a year is of the publication year ("last year": the
 * year before); one that would end after the publication date ("the first 11 months", in a January report) is of
 * the year before. "This year" and "since the beginning of the year" end at the publication date.
 */
record Period(LocalDate start, LocalDate end, String rule, int from, int to) {
    /** The rules in the order they are tried: where two overlap, the earlier wins ("the first half of last year"). */
    private static final List<String> RULES = List.of("period.first-months", "period.first-half", "period.second-half",
            "period.first-quarters",
            "period.month-range", "period.last-year", "period.this-year", "period.month", "period.year");

    private static final Map<String, Integer> COUNT = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11));

    int year() {
        return start.getYear();
    }

    /** Every period the sentence states, in text order, without overlaps. */
    static List<Period> all(String text, Patterns patterns, LocalDate published) {
        List<Period> out = new ArrayList<>();
        for (String rule : RULES) {
            Matcher m = patterns.matcher(rule, text);
            while (m.find()) {
                Period p = of(rule, m, published);
                int at = m.start();
                int to = m.end();
                if (p != null && out.stream().noneMatch(q -> q.from() < to && at < q.to())) {
                    out.add(p);
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Period::from));
        return out;
    }

    private static Period of(String rule, Matcher m, LocalDate published) {
        int from = m.start();
        int to = m.end();
        switch (rule) {
            case "period.first-months" -> {
                Integer n = months(m.group(1));
                Integer year = n == null ? null : year(m.group(2), published, n);
                return year == null ? null : new Period(LocalDate.of(year, 1, 1), YearMonth.of(year, n).atEndOfMonth(), rule, from, to);
            }
            case "period.first-half" -> {
                Integer year = year(m.group(1), published, 6);
                return year == null ? null : new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), rule, from, to);
            }
            case "period.second-half" -> {
                Integer year = year(m.group(1), published, 12);
                return year == null ? null : new Period(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), rule, from, to);
            }
            case "period.first-quarters" -> {
                int quarters = m.group(1).matches("\\d") ? Integer.parseInt(m.group(1)) : m.group(1).equalsIgnoreCase("two") ? 2 : 3;
                Integer year = year(m.group(2), published, quarters * 3);
                return year == null ? null
                        : new Period(LocalDate.of(year, 1, 1), YearMonth.of(year, quarters * 3).atEndOfMonth(), rule, from, to);
            }
            case "period.month-range" -> {
                Month first = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                Month last = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                Integer year = year(m.group(3), published, last.getValue());
                return year == null || first.compareTo(last) > 0 ? null
                        : new Period(LocalDate.of(year, first, 1), YearMonth.of(year, last).atEndOfMonth(), rule, from, to);
            }
            case "period.last-year" -> {
                return published == null ? null : new Period(LocalDate.of(published.getYear() - 1, 1, 1),
                        LocalDate.of(published.getYear() - 1, 12, 31), rule, from, to);
            }
            case "period.this-year" -> {
                return published == null ? null : new Period(LocalDate.of(published.getYear(), 1, 1), published, rule, from, to);
            }
            case "period.month" -> {
                Month month = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
                Integer year = year(m.group(2), published, month.getValue());
                return year == null ? null
                        : new Period(LocalDate.of(year, month, 1), YearMonth.of(year, month).atEndOfMonth(), rule, from, to);
            }
            default -> {
                int year = Integer.parseInt(m.group(1));
                return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), rule, from, to);
            }
        }
    }

    /**
     * The year of a period: written ("2019"), "last year", or else the publication year, unless the period would
     * end (with month {@code lastMonth}) after the publication date.
     */
    private static Integer year(String written, LocalDate published, int lastMonth) {
        if (written != null && written.matches("\\d{4}")) {
            return Integer.valueOf(written);
        }
        if (published == null) {
            return null;
        }
        if (written != null && written.toLowerCase(Locale.ROOT).contains("last")) {
            return published.getYear() - 1;
        }
        if (written != null && written.toLowerCase(Locale.ROOT).contains("this")) {
            return published.getYear();
        }
        return lastMonth > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
    }

    private static Integer months(String s) {
        if (s.matches("\\d+")) {
            int n = Integer.parseInt(s);
            return n >= 1 && n <= 12 ? n : null;
        }
        return COUNT.get(s.toLowerCase(Locale.ROOT));
    }
}
