package org.skynetkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The figures of a Chinese sentence: a number with its unit (人, 名, 元, 美元, with 万 and 亿), the measure its clause
 * names before it, the qualifier around it, whether it is a part of a total ("其中…"), and, when it is left out, why.
 */
final class ChineseFigures {
    /** A figure found; {@code excluded} says why it is left out, else null. */
    record Found(int start, int end, BigDecimal value, String unit, String qualifier, String measure, boolean part,
                 String surface, String excluded) {
    }

    private final ChinesePatterns patterns;
    private final List<String> measures;

    ChineseFigures(ChinesePatterns patterns) {
        this.patterns = patterns;
        this.measures = patterns.keys("measure.");
    }

    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = patterns.matcher("figure", text);
        while (m.find()) {
            BigDecimal value = ChineseText.number(m.group(1), m.group(2));
            if (value == null || (m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1)))) {
                continue;
            }
            boolean money = m.group(4).endsWith("元");
            String unit = m.group(4).equals("美元") ? "USD" : money ? "CNY" : "person";
            String clause = clause(text, m.start());
            String before = text.substring(0, m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
            String qualifier = m.group(3) != null || patterns.find("qualifier.atLeast.before", before)
                    || patterns.find("qualifier.atLeast.after", after) ? "atLeast"
                    : patterns.find("qualifier.about.before", before) || patterns.find("qualifier.about.after", after)
                    ? "about" : "exact";
            String measure = measure(clause, money);
            String excluded = measure == null ? "no measure named in its clause '" + clause + "'"
                    : patterns.find("exclude.cumulative", before) ? "a running count over several years"
                    : patterns.find("exclude.local", clause) ? "a figure of one province or city" : null;
            boolean part = patterns.find("marker.subset", before);
            out.add(new Found(m.start(), m.end(), value, unit, qualifier, measure == null ? "" : measure, part, m.group(),
                    excluded));
        }
        return out;
    }

    /** The text of the clause before {@code at}: back to the last clause break. */
    private String clause(String text, int at) {
        Matcher b = patterns.matcher("clause.break", text.substring(0, at));
        int from = 0;
        while (b.find()) {
            from = b.end();
        }
        return text.substring(from, at);
    }

    /** The first measure, in the file's order, whose cue is in the clause, and fits the unit. */
    private String measure(String clause, boolean money) {
        for (String key : measures) {
            String measure = key.substring("measure.".length());
            if (measure.equals("assets-recovered") != money) {
                continue;
            }
            if (patterns.find(key, clause)) {
                return measure;
            }
        }
        return null;
    }
}
