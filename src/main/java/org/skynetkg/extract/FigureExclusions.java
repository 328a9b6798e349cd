package org.skynetkg.extract;

import java.util.List;

/**
 * Figures that belong to no yearly operation whatever the document says: counts over several years, of one city,
 * of another campaign, of people who fled, of one person's case.
 */
final class FigureExclusions {
    private static final List<String> DATING = List.of("period.this-year", "period.year", "period.last-year",
            "period.first-months", "period.first-half", "period.month");
    private final Patterns patterns;
    private final FigurePeriods periods;

    FigureExclusions(Patterns patterns, FigurePeriods periods) {
        this.patterns = patterns;
        this.periods = periods;
    }

    /** Why a figure belongs to no yearly operation, or null. */
    String excluded(String text, List<Figure> figures, Figure f, boolean explicit) {
        if (cumulativeNear(text, f, figures)
                || (!periods.cumulative(text).isEmpty() || patterns.find("period.multi-year", text)) && !explicit) {
            return "a cumulative figure over several years";
        }
        if (partDated(text, f)) {
            return "a total whose part only is dated, over more than that year";
        }
        if (patterns.find("figure.local.cs", text)) {
            return "a figure of one city or province";
        }
        if (patterns.find("figure.other-campaign", text)) {
            return "a figure of another campaign";
        }
        if (patterns.find("figure.newly-fled", text)) {
            return "a count of people who fled, not of people brought back";
        }
        if (!explicit && patterns.find("figure.individual", text)) {
            return "a figure of one person's case";
        }
        return null;
    }

    /** "N have been returned, including M this year", with no date for the total before it. */
    private boolean partDated(String text, Figure f) {
        String before = text.substring(0, f.start());
        return patterns.find("figure.part-dated", text.substring(f.end()))
                && DATING.stream().noneMatch(key -> patterns.find(key, before));
    }

    /**
     * A multi-year marker in the figure's own stretch of text: from the previous figure (or the last comma before
     * it) to the next figure (or the first comma after it).
     */
    private boolean cumulativeNear(String text, Figure f, List<Figure> figures) {
        int i = figures.indexOf(f);
        int prevEnd = i > 0 ? figures.get(i - 1).end() : 0;
        int nextStart = i + 1 < figures.size() ? figures.get(i + 1).start() : text.length();
        int from = Math.max(prevEnd, text.lastIndexOf(',', f.start()) + 1);
        int comma = text.indexOf(',', f.end());
        int to = Math.min(nextStart, comma < 0 ? text.length() : comma);
        for (int[] m : periods.cumulative(text)) {
            if (m[0] < to && m[1] > from) {
                return true;
            }
        }
        return frontedSince(text, f, prevEnd);
    }

    /**
     * "...; since then, over 2,500 people have been returned": a running count's start, fronted before a comma at
     * the head of the figure's clause, with no other figure between.
     */
    private boolean frontedSince(String text, Figure f, int prevEnd) {
        int head = Math.max(text.lastIndexOf(';', f.start()), text.lastIndexOf(':', f.start())) + 1;
        int comma = text.indexOf(',', head);
        return head >= prevEnd && comma > head && comma < f.start()
                && patterns.find("period.cumulative.fronted", text.substring(head, comma));
    }
}
