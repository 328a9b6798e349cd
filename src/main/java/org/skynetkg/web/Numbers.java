package org.skynetkg.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import org.apache.jena.graph.Node;

/** Figures as people read them: "1,482", "12,500,000,000"; and short forms for chart labels: "12.5 billion". */
final class Numbers {
    private Numbers() {}

    static BigDecimal value(Node literal) {
        return new BigDecimal(literal.getLiteralLexicalForm().trim());
    }

    static String grouped(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(4);
        return format.format(value);
    }

    static String compact(BigDecimal value) {
        String[] words = {"billion", "million"};
        BigDecimal[] scales = {BigDecimal.TEN.pow(9), BigDecimal.TEN.pow(6)};
        for (int i = 0; i < words.length; i++) {
            if (value.abs().compareTo(scales[i]) >= 0) {
                BigDecimal scaled = value.divide(scales[i]).setScale(2, RoundingMode.HALF_UP);
                return grouped(scaled) + " " + words[i];
            }
        }
        return grouped(value);
    }
}
