package org.skynetkg.extract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure an operation reached: the measure (a notation of the measure scheme), the exact value, the unit
 * ({@code person} or an ISO 4217 code), the qualifier ({@code exact}, {@code atLeast}, {@code about}),
 * the period when stated, and the index (in the document's outcomes) of the total it is a subset of.
 */
public record OutcomeFact(OperationRef operation, String measure, BigDecimal value, String unit, String qualifier,
                          LocalDate periodStart, LocalDate periodEnd, Integer subsetOf, String surface,
                          Evidence evidence) {
}
