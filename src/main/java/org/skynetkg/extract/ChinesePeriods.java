package org.skynetkg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The periods a Chinese sentence states: "2023年1至11月", "前三季度", "上半年", "今年以来", "2023年", "去年". A period
 * without a year is of the publication year ("去年": the year before), unless it would end after the publication
 * date ("1至11月" in a January report: last year's).
 */
final class ChinesePeriods {
    private static final List<String> RULES = List.of("period.months", "period.month-range", "period.until",
            "period.first-months", "period.first-half",
            "period.first-quarters", "period.first-quarter", "period.year-to-date", "period.year", "period.last-year",
            "period.this-year");
    private final ChinesePatterns patterns;

    ChinesePeriods(ChinesePatterns patterns) {
        this.patterns = patterns;
    }

    List<Period> all(String text, LocalDate published) {
        List<Period> out = new ArrayList<>();
        for (String rule : RULES) {
            Matcher m = patterns.matcher(rule, text);
            while (m.find()) {
                Period p = of(rule, m, published);
                int from = m.start();
                int to = m.end();
                if (p != null && out.stream().noneMatch(q -> q.from() < to && from < q.to())) {
                    out.add(p);
                }
            }
        }
        out.sort(Comparator.comparingInt(Period::from));
        return out;
    }

    private static Period of(String rule, Matcher m, LocalDate published) {
        int from = m.start();
        int to = m.end();
        return switch (rule) {
            case "period.months", "period.first-months" -> months(m.group(1), month(m.group(2)), published, rule, from, to);
            case "period.month-range" -> range(m, published, rule, from, to);
            case "period.until" -> until(m, published, rule, from, to);
            case "period.first-half" -> months(m.group(1), 6, published, rule, from, to);
            case "period.first-quarters" -> months(m.group(1), "三3".contains(m.group(2)) ? 9 : 6, published, rule, from, to);
            case "period.first-quarter" -> months(m.group(1), 3, published, rule, from, to);
            case "period.year-to-date", "period.this-year" -> published == null ? null
                    : new Period(LocalDate.of(published.getYear(), 1, 1), published, rule, from, to);
            case "period.year" -> {
                int year = Integer.parseInt(m.group(1));
                yield new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), rule, from, to);
            }
            default -> published == null ? null : new Period(LocalDate.of(published.getYear() - 1, 1, 1),
                    LocalDate.of(published.getYear() - 1, 12, 31), rule, from, to);
        };
    }

    private static Period months(String year, Integer last, LocalDate published, String rule, int from, int to) {
        if (last == null || last < 1 || last > 12) {
            return null;
        }
        Integer y = year != null ? Integer.valueOf(year) : published == null ? null
                : last > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
        return y == null ? null : new Period(LocalDate.of(y, 1, 1), YearMonth.of(y, last).atEndOfMonth(), rule, from, to);
    }

    /** "去年7月至12月底", "2040年4月至12月底": from the first month's start to the last month's end. */
    private static Period range(Matcher m, LocalDate published, String rule, int from, int to) {
        int first = Integer.parseInt(m.group(3));
        int last = Integer.parseInt(m.group(4));
        if (first < 1 || last > 12 || first > last) {
            return null;
        }
        Integer y = m.group(1) != null ? Integer.valueOf(m.group(1)) : published == null ? null
                : "去年".equals(m.group(2)) ? published.getYear() - 1 : "今年".equals(m.group(2)) ? published.getYear()
                : last > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
        return y == null ? null : new Period(LocalDate.of(y, first, 1), YearMonth.of(y, last).atEndOfMonth(), rule, from, to);
    }

    /** "截至11月", "截至10月12日": from the start of the year to then. */
    private static Period until(Matcher m, LocalDate published, String rule, int from, int to) {
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return null;
        }
        Integer y = m.group(1) != null ? Integer.valueOf(m.group(1)) : published == null ? null
                : month > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
        if (y == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(y, month);
        LocalDate end = m.group(3) == null ? ym.atEndOfMonth()
                : LocalDate.of(y, month, Math.min(ym.lengthOfMonth(), Math.max(1, Integer.parseInt(m.group(3)))));
        return new Period(LocalDate.of(y, 1, 1), end, rule, from, to);
    }

    private static Integer month(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(s);
        }
        return switch (s) {
            case "十一" -> 11;
            case "十二" -> 12;
            default -> "一二三四五六七八九十".indexOf(s) + 1;
        };
    }
}
