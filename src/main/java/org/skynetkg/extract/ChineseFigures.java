package org.skynetkg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The figures of a Chinese sentence: a number with its unit (人, 名, 元, 美元, with 万 and 亿), the measure its clause
 * names, the qualifier around it, whether it is a part of a total ("其中…", "1357名（引渡11人…）", "在抓获的555人中"),
 * and, when it is left out, why: a running count, a bound, a way of return outside a breakdown.
 */
final class ChineseFigures {
    private static final String WAY = "measure.way.";

    /** A figure found; {@code excluded} says why it is left out, else null. */
    record Found(int start, int end, BigDecimal value, String unit, String qualifier, String measure, boolean part,
                 String surface, String excluded, String way, boolean capture) {
    }

    private final ChinesePatterns patterns;
    private final List<String> measures;

    ChineseFigures(ChinesePatterns patterns) {
        this.patterns = patterns;
        this.measures = patterns.keys("measure.");
    }

    List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        Found total = null;
        Matcher m = patterns.matcher("figure", text);
        while (m.find()) {
            BigDecimal value = ChineseText.number(m.group(1), m.group(2));
            if (value == null || (m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1)))) {
                continue;
            }
            boolean money = m.group(4).endsWith("元");
            String unit = m.group(4).equals("美元") ? "USD" : money ? "CNY" : "person";
            String before = text.substring(0, m.start());
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 4));
            String qualifier = m.group(3) != null || patterns.find("qualifier.atLeast.before", before)
                    || patterns.find("qualifier.atLeast.after", after) ? "atLeast"
                    : patterns.find("qualifier.about.before", before) || patterns.find("qualifier.about.after", after)
                    ? "about" : "exact";
            boolean marked = !money && (patterns.find("marker.subset", before) || total != null
                    && patterns.find("marker.subset.after-total", text.substring(total.end())));
            // "3名“红通人员”": after the measure word 名 the noun counted follows, and names the measure first.
            String cue = clauseBefore(text, m.start());
            String following = clauseAfter(text, m.end());
            String measure = m.group(4).equals("名") && measure(following, money) != null ? null : measure(cue, money);
            if (measure == null) {
                cue = following;
                measure = measure(cue, money);
            }
            // A way of return right after a total of the same sentence is a part of it ("428名，212名系主动投案自首").
            boolean part = marked || !money && total != null && measure != null && measure.startsWith("way:");
            // "百名红通人员中已有41人落网，其中，今年以来落网3人": a part of a count of a kind is of that kind.
            Found previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (marked && "fugitives-returned".equals(measure) && previous != null && previous.unit().equals("person")
                    && !previous.measure().isEmpty() && !previous.measure().equals("fugitives-returned")) {
                measure = previous.measure();
            }
            String excluded = null;
            if (measure == null) {
                excluded = "no measure named in its clause";
                measure = "";
            }
            // A way of return outside a breakdown: the reader decides (a capture is the total, or a part of one).
            String way = measure.startsWith("way:") ? measure.substring("way:".length()) : null;
            boolean capture = way != null && patterns.find("way.capture", cue);
            if (way != null) {
                measure = way;
            }
            if (excluded == null) {
                String clause = clauseBefore(text, m.start());
                excluded = patterns.find("exclude.bound", before) ? "a bound, not a figure"
                        : patterns.find("exclude.ordinal", before) ? "a rank, not a count"
                        : patterns.find("exclude.published", clause) ? "names published, not people returned"
                        : patterns.find("exclude.local", sinceBreak(text, m.start(), "local.break")) ? "a figure of one province or city"
                        : patterns.find("exclude.cumulative", before) || sinceEarlier(before) ? "a running count over several years"
                        : patterns.find("exclude.case", clause) ? "a figure of one case" : null;
            }
            Found f = new Found(m.start(), m.end(), value, unit, qualifier, measure, part, m.group(), excluded,
                    part ? null : way, capture);
            out.add(f);
            if (!part && measure.equals("fugitives-returned")) {
                total = f;
            }
        }
        return out;
    }

    /** "以来" after anything but a date of this year or this year's launch: a count since an earlier year. */
    private boolean sinceEarlier(String before) {
        Matcher since = patterns.matcher("exclude.since", before);
        while (since.find()) {
            String lead = before.substring(Math.max(0, since.start() - 24), since.start());
            if (!patterns.find("exclude.since.this-year", lead)) {
                return true;
            }
        }
        return false;
    }

    private String sinceBreak(String text, int at, String key) {
        Matcher b = patterns.matcher(key, text.substring(0, at));
        int from = 0;
        while (b.find()) {
            from = b.end();
        }
        return text.substring(from, at);
    }

    private String clauseBefore(String text, int at) {
        Matcher b = patterns.matcher("clause.break", text.substring(0, at));
        int from = 0;
        while (b.find()) {
            from = b.end();
        }
        return text.substring(from, at);
    }

    private String clauseAfter(String text, int from) {
        Matcher b = patterns.matcher("clause.break", text.substring(from));
        return b.find() ? text.substring(from, from + b.start()) : text.substring(from);
    }

    /** The first measure, in the file's order, whose cue is in the clause and fits the unit; "way:" for a way of return. */
    private String measure(String clause, boolean money) {
        for (String key : measures) {
            boolean way = key.startsWith(WAY);
            String measure = key.substring(way ? WAY.length() : "measure.".length());
            if (measure.equals("assets-recovered") != money) {
                continue;
            }
            if (patterns.find(key, clause)) {
                return way ? "way:" + measure : measure;
            }
        }
        return null;
    }
}
