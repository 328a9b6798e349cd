package org.skynetkg.extract;

import java.util.List;

/**
 * Figures that belong to no yearly operation whatever the document says: counts over several years, of one city,
 * of another campaign, of people who fled, of one person's case.
 */
final class FigureExclusions {
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
        return false;
    }
}
