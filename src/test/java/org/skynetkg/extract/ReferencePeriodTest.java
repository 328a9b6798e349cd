package org.skynetkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every figure's reference period and status, stated or inferred from the operation's year and the report's date. */
class ReferencePeriodTest {
    static OutcomeFact figure(int year, String start, String end) {
        return new OutcomeFact(new OperationRef("sky-net", year), "fugitives-returned", BigDecimal.TEN, "person", "exact",
                start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                null, "10", null, null);
    }

    static String of(OutcomeFact f, String published) {
        ReferencePeriod p = ReferencePeriod.of(f, published == null ? null : LocalDate.parse(published));
        return p.start() + ".." + p.end() + " " + p.basis() + " " + p.status();
    }

    @Test
    void aStatedPeriodShorterThanTheYearIsInterim() {
        assertEquals("2040-01-01..2040-10-31 stated interim", of(figure(2040, "2040-01-01", "2040-10-31"), "2040-11-20"));
        assertEquals("2040-01-01..2040-06-30 stated interim", of(figure(2040, "2040-01-01", "2040-06-30"), "2041-01-10"));
    }

    @Test
    void aStatedYearReportedAfterItEndedIsFinal() {
        assertEquals("2040-01-01..2040-12-31 stated final", of(figure(2040, "2040-01-01", "2040-12-31"), "2041-01-10"));
        assertEquals("2040-01-01..2040-12-31 stated final", of(figure(2040, "2040-01-01", "2040-12-31"), null));
    }

    @Test
    void withoutAPeriodTheOperationsYearOrTheYearSoFar() {
        assertEquals("2040-01-01..2040-12-31 operation-year final", of(figure(2040, null, null), "2041-01-10"));
        assertEquals("2040-01-01..2040-08-15 as-of-publication interim", of(figure(2040, null, null), "2040-08-15"));
        assertEquals("2040-01-01..2040-12-31 undated unknown", of(figure(2040, null, null), null));
    }
}
