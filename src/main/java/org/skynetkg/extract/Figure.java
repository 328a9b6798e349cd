package org.skynetkg.extract;

import java.math.BigDecimal;

/**
 * A number in a sentence with what is written around it: its exact value (scale words applied), the currency
 * if it is an amount of money (else null), the qualifier, and the words after it.
 */
record Figure(int start, int end, BigDecimal value, String unit, String qualifier, String after) {
    boolean money() {
        return unit != null;
    }
}
