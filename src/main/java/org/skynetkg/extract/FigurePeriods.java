package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.List;

/** Which of a sentence's periods a figure is stated for, and which spans of the sentence cover several years. */
final class FigurePeriods {
    private final Patterns patterns;

    FigurePeriods(Patterns patterns) {
        this.patterns = patterns;
    }

    /**
     * The period a figure is stated for: the sentence's only one, or the one that opens it ("Last year, ..."); of
     * several, the first after the figure and before the next ("1,421 in 2020 and 1,114 in 2021"), else the last
     * before it. Not the end of a span of several years ("from 2014 to October this year"), nor the date of a launch
     * ("after kicking off the campaign in 2014"), nor the period of a comparison after it ("four times the number in
     * 2013").
     */
    Period periodOf(FigureOwnership.Scene scene, Figure f) {
        String text = scene.sentence().text();
        List<int[]> cumulative = cumulative(text);
        List<Period> periods = scene.periods().stream()
                .filter(p -> cumulative.stream().noneMatch(c -> c[0] < p.to() && p.from() < c[1]))
                .filter(p -> !patterns.find("verb.launch", text.substring(Math.max(0, p.from() - 40), p.from())))
                .filter(p -> !(p.from() >= f.end() && patterns.find("period.compared", text.substring(f.end(), p.from()))))
                .toList();
        if (periods.size() <= 1) {
            return periods.isEmpty() ? null : periods.get(0);
        }
        if (patterns.find("period.opening", text.substring(0, periods.get(0).to() + 1))) {
            return periods.get(0);
        }
        int i = scene.figures().indexOf(f);
        int next = i + 1 < scene.figures().size() ? scene.figures().get(i + 1).start() : text.length();
        Period before = null;
        for (Period p : periods) {
            if (p.from() >= f.end() && p.from() < next) {
                return p;
            }
            if (p.to() <= f.start()) {
                before = p;
            }
        }
        return before;
    }

    /** The spans of several years the sentence names: in words ("since 2014", "so far") or as years ("2014-2016"). */
    List<int[]> cumulative(String text) {
        List<int[]> words = patterns.spans("period.cumulative", text);
        List<int[]> range = patterns.spans("period.cumulative.range", text);
        if (range.isEmpty()) {
            return words;
        }
        List<int[]> all = new ArrayList<>(words);
        all.addAll(range);
        return all;
    }

}
