package org.skynetkg.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Which reported value is preferred, which agree and which conflict. Values invented for the test. */
class JudgementTest {
    private static int docs;

    static ReportedValue value(String v, String qualifier, int documents, int authority, String issued) {
        List<Report> reports = new java.util.ArrayList<>();
        for (int i = 0; i < documents; i++) {
            int n = docs++;
            reports.add(new Report(NodeFactory.createURI("urn:o:" + n), NodeFactory.createURI("urn:d:" + n),
                    NodeFactory.createLiteralString(v), new BigDecimal(v), qualifier, "final", LocalDate.parse(issued), authority));
        }
        return new ReportedValue(new BigDecimal(v), qualifier, reports);
    }

    static boolean agree(ReportedValue a, ReportedValue b, boolean money) {
        return ValueRange.of(a, money).meets(ValueRange.of(b, money));
    }

    @Test
    void aRoundedRestatementAgreesWithTheExactValue() {
        ReportedValue exact = value("3517", "exact", 1, 0, "2040-01-01");
        assertTrue(agree(value("3500", "atLeast", 1, 0, "2040-01-01"), exact, false), "more than 3,500");
        assertTrue(agree(value("3000", "atLeast", 1, 0, "2040-01-01"), exact, false), "over 3,000");
        assertFalse(agree(value("3600", "atLeast", 1, 0, "2040-01-01"), exact, false), "more than 3,600");
        assertTrue(agree(value("3500", "about", 1, 0, "2040-01-01"), exact, false), "about 3,500");
        assertFalse(agree(value("3400", "about", 1, 0, "2040-01-01"), exact, false), "about 3,400");
    }

    @Test
    void exactCountsConflictWhenTheyDifferAndMoneyIsRounded() {
        assertFalse(agree(value("30", "exact", 1, 0, "2040-01-01"), value("31", "exact", 1, 0, "2040-01-01"), false));
        assertTrue(agree(value("5400000000", "exact", 1, 0, "2040-01-01"), value("5430000000", "exact", 1, 0, "2040-01-01"), true),
                "5.4 billion beside 5.43 billion yuan");
        assertFalse(agree(value("5500000000", "exact", 1, 0, "2040-01-01"), value("5430000000", "exact", 1, 0, "2040-01-01"), true),
                "5.5 billion beside 5.43 billion yuan");
    }

    @Test
    void theValueMostSourcesAgreeWithIsPreferred() {
        ReportedValue twice = value("3517", "exact", 2, 0, "2040-01-01");
        ReportedValue once = value("3571", "exact", 1, 2, "2040-03-01");
        ReportedValue rounded = value("3500", "atLeast", 1, 0, "2040-01-01");
        Judgement j = Judgement.of(List.of(once, rounded, twice), false);
        assertEquals(twice, j.preferred());
        assertEquals(List.of(rounded), j.agreeing());
        assertEquals(List.of(once), j.conflicting());
        assertEquals("most-sources", j.reason());
        assertEquals(3, j.sources().size());
    }

    @Test
    void tiesGoToTheMorePreciseThenTheOfficialThenTheLatestSource() {
        assertEquals("most-precise", Judgement.of(List.of(value("3500", "exact", 1, 2, "2040-01-01"),
                value("3517", "exact", 1, 0, "2040-01-01")), false).reason());
        Judgement official = Judgement.of(List.of(value("3517", "exact", 1, 0, "2040-05-01"),
                value("3571", "exact", 1, 2, "2040-01-01")), false);
        assertEquals("3571", official.preferred().plain());
        assertEquals("official-source", official.reason());
        Judgement latest = Judgement.of(List.of(value("3517", "exact", 1, 1, "2040-05-01"),
                value("3571", "exact", 1, 1, "2040-01-01")), false);
        assertEquals("3517", latest.preferred().plain());
        assertEquals("latest-source", latest.reason());
    }

    @Test
    void anExactValueComesBeforeHedgedOnesThatConflictWithIt() {
        Judgement j = Judgement.of(List.of(value("4000", "atLeast", 3, 2, "2040-01-01"),
                value("3517", "exact", 1, 0, "2040-01-01")), false);
        assertEquals("3517", j.preferred().plain());
        assertEquals("exact-value", j.reason());
        assertEquals(1, j.conflicting().size());
    }

    @Test
    void everyValueAgreeingIsNoConflict() {
        Judgement j = Judgement.of(List.of(value("3517", "exact", 1, 0, "2040-01-01"),
                value("3500", "about", 2, 0, "2040-01-01")), false);
        assertEquals("only-value", j.reason());
        assertEquals(List.of(), j.conflicting());
    }
}
