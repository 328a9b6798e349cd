package org.skynetkg.statements;

import java.math.BigDecimal;

/**
 * The true figures a reported value allows, so that a rounded restatement agrees with the exact value and does not
 * conflict with it. With {@code p} the place of the value's last significant digit (100 for 3,500; 10,000,000 for
 * 6.35 billion):
 * <ul>
 * <li>{@code atLeast} V ("more than 3,500"): V and above;</li>
 * <li>{@code about} V ("about 6.35 billion"): V - p to V + p;</li>
 * <li>{@code exact} V: V itself for a count of people (exact means exact: 30 and 31 Red Notice fugitives
 * conflict); V - p/2 to V + p/2 for money, which is written rounded ("5.4 billion yuan" for 5.43 billion).</li>
 * </ul>
 * Two values agree when their ranges meet.
 */
record ValueRange(BigDecimal low, BigDecimal high) {
    private static final BigDecimal HALF = new BigDecimal("0.5");

    static ValueRange of(ReportedValue v, boolean money) {
        BigDecimal value = v.value();
        BigDecimal place = place(value);
        return switch (v.qualifier()) {
            case "atLeast" -> new ValueRange(value, null);
            case "about" -> new ValueRange(value.subtract(place), value.add(place));
            default -> money ? new ValueRange(value.subtract(place.multiply(HALF)), value.add(place.multiply(HALF)))
                    : new ValueRange(value, value);
        };
    }

    /** The place of the last significant digit: 1 for 3,517, 100 for 3,500, 0.01 for 5.43. */
    static BigDecimal place(BigDecimal value) {
        if (value.signum() == 0) {
            return BigDecimal.ONE;
        }
        return BigDecimal.ONE.scaleByPowerOfTen(-value.stripTrailingZeros().scale());
    }

    boolean meets(ValueRange other) {
        boolean belowOther = high != null && high.compareTo(other.low) < 0;
        boolean aboveOther = other.high != null && other.high.compareTo(low) < 0;
        return !belowOther && !aboveOther;
    }
}
