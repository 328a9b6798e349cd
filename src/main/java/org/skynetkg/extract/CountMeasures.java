package org.skynetkg.extract;

import java.util.List;
import java.util.regex.Matcher;

/**
 * The measure of a count of people: named right after the number ("22 fugitives", "of whom 5 officials"), before
 * it ("Red Notice subjects numbered 40"), by the verb after it in a sentence that names the operation ("150 were
 * returned"), by an ellipsis ("and 23 from the list"); null when nothing says what was counted.
 */
final class CountMeasures {
    private final Patterns patterns;

    CountMeasures(Patterns patterns) {
        this.patterns = patterns;
    }

    /** The measure of the count {@code f}; {@code before} is the text from the figure before it. */
    String of(String text, Figure f, String before, boolean operationNamed, String previousMeasure) {
        String measure = countMeasure(f.after());
        String translated = measureBefore(before);
        if (translated != null && (measure == null || measure.equals("fugitives-returned"))
                && patterns.find("measure.before.people", f.after())) {
            measure = translated;
        }
        if (measure == null && operationNamed && patterns.find("measure.fugitives-returned.verb", f.after())) {
            measure = "fugitives-returned";
        }
        if (measure == null && patterns.find("measure.before.fugitives-returned", text.substring(Math.max(0, f.start() - 160), f.start()))) {
            measure = "fugitives-returned";
        }
        if (measure == null && before.endsWith("the ") && patterns.find("measure.fugitives-returned.participle", f.after())) {
            measure = "fugitives-returned";
        }
        if (measure == null && previousMeasure != null && before.strip().endsWith(" and")
                && patterns.find("measure.ellipsis", f.after())) {
            measure = previousMeasure;
        }
        return measure;
    }

    private String measureBefore(String before) {
        for (String m : List.of("red-notice-fugitives-returned", "officials-returned")) {
            if (patterns.find("measure.before." + m, before)) {
                return m;
            }
        }
        return null;
    }

    private String countMeasure(String after) {
        for (String m : OutcomeRules.COUNT_MEASURES) {
            Matcher matcher = patterns.get("measure." + m).matcher(after);
            if (matcher.find()) {
                return m;
            }
        }
        return null;
    }
}
