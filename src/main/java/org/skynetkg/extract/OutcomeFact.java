package org.skynetkg.extract;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A figure an operation reached: the measure (a notation of the measure scheme), the exact value, the unit
 * ({@code person} or an ISO 4217 code), the qualifier ({@code exact}, {@code atLeast}, {@code about}),
 * the period when stated, the index (in the document's outcomes) of the total it is a subset of, and why the
 * figure was given to its operation.
 */
public record OutcomeFact(OperationRef operation, String measure, BigDecimal value, String unit, String qualifier,
                          LocalDate periodStart, LocalDate periodEnd, Integer subsetOf, String surface,
                          Evidence evidence, Owner owner) {

    OutcomeFact withPeriod(LocalDate start, LocalDate end) {
        return new OutcomeFact(operation, measure, value, unit, qualifier, start, end, subsetOf, surface, evidence, owner);
    }

    OutcomeFact withSubsetOf(Integer total) {
        return new OutcomeFact(operation, measure, value, unit, qualifier, periodStart, periodEnd, total, surface, evidence, owner);
    }

    /** An amount of money (a currency's unit), not a count of people. */
    public boolean money() {
        return !unit.equals("person");
    }

    /** The operation, measure and unit: figures with the same key are about the same thing. */
    String key() {
        return operation + "|" + measure + "|" + unit;
    }
}
