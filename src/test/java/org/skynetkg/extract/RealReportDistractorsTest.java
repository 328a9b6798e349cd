package org.skynetkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skynetkg.extract.ExtractorTest.extract;
import static org.skynetkg.extract.ExtractorTest.outcomes;
import static org.skynetkg.extract.ExtractorTest.roles;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Constructions of real reports (issue 16, split test6) in texts of our own with other names and numbers: running
 * counts that look like a year's result, numbers that refer back to one left out, amounts that are not certain,
 * the year of a launch written after the name, and wire copy wrapped at a fixed width.
 */
class RealReportDistractorsTest {

    @Test
    void aCountSinceLastYearRunsOverTwoOperations() {
        DocumentFacts f = extract("2029-06-02", "More than 640 suspects have been sent back to China since last year under "
                + "the Fox Hunt programme, the paper said, citing the Ministry of Public Security.");
        assertEquals(Set.of(), outcomes(f));
        assertTrue(f.notes().stream().anyMatch(n -> n.contains("'640'") && n.contains("cumulative")), f.notes().toString());
    }

    @Test
    void aRangeFromAMonthOfAnEarlierYearIsCumulative() {
        DocumentFacts f = extract("2029-12-05", "Between March 2027 and October this year, 1,817 fugitives suspected of "
                + "economic crimes, including 233 officials, were brought back, the anti-graft watchdog said.");
        assertEquals(Set.of(), outcomes(f));
    }

    @Test
    void aCountSinceTwoLaunchesIsCumulative() {
        DocumentFacts f = extract("2030-03-01", "Since the police launched Fox Hunt in 2027, followed by Sky Net in 2028, "
                + "over 6,300 people have been returned to China.");
        assertEquals(Set.of(), outcomes(f));
    }

    @Test
    void aConversionAfterAlmostIsTheSameAmount() {
        DocumentFacts f = extract("2029-07-20", "Sky Net 2029 brought back 377 fugitives and recovered 2.4 billion yuan "
                + "(almost US$ 330 million) in the first six months of the year.");
        assertEquals(Set.of("sky-net-2029 fugitives-returned 377 person exact",
                "sky-net-2029 assets-recovered 2400000000 CNY exact"), outcomes(f));
    }

    @Test
    void anAmountWithADecimalCommaIsNotCertain() {
        DocumentFacts f = extract("2029-07-20", "Sky Net 2029 brought back 377 fugitives and recovered 2,418 billion yuan "
                + "in the first six months of the year.");
        assertEquals(Set.of("sky-net-2029 fugitives-returned 377 person exact"), outcomes(f));
        assertTrue(f.notes().stream().anyMatch(n -> n.contains("2,418 billion yuan") && n.contains("decimal comma")),
                f.notes().toString());
    }

    @Test
    void aPartOfAFigureLeftOutIsLeftOutWithIt() {
        DocumentFacts f = extract("2029-09-03", "Police in Hangzhou brought back 37 fugitives this year, the city's public "
                + "security bureau said. Among the 37 fugitives, 15 suspects were caught in four countries during the "
                + "summer campaign against economic crimes.");
        assertEquals(Set.of(), outcomes(f));
        assertTrue(f.notes().stream().anyMatch(n -> n.contains("'15'") && n.contains("left out before")), f.notes().toString());
    }

    @Test
    void theInterpolHundredMostWantedListIsAName() {
        DocumentFacts f = extract("2029-07-20", "Sky Net 2029 brought back 377 fugitives in the first half. One of them was "
                + "on the Interpol 100 most wanted list and returned to give herself up.");
        assertEquals(Set.of("sky-net-2029 fugitives-returned 377 person exact"), outcomes(f));
    }

    @Test
    void aLaunchDatedAfterTheNameGivesTheOperationsYear() {
        DocumentFacts f = extract("2031-04-09", "The \"Fox Hunt\" campaign against economic fugitives hiding abroad was "
                + "launched by China's Ministry of Public Security in May of 2027.");
        assertEquals(Set.of("fox-hunt-2027 ministry-of-public-security lead"), roles(f));
    }

    @Test
    void anAgencyAfterASinceClauseDoesNotLeadTheOperationNamedInIt() {
        DocumentFacts f = extract("2031-04-09", "Since the launch of the Fox Hunt operation in 2027, Chinese police have "
                + "targeted the former manager as a key fugitive.");
        assertTrue(f.roles().stream().noneMatch(r -> r.role().equals("lead")), roles(f).toString());
    }

    @Test
    void wireCopyWrappedAtAFixedWidthIsReadAsSentences() {
        DocumentFacts f = extract("2029-01-18", "Fox Hunt 2028 ended in December, the ministry said.\nPolice say 812 suspects "
                + "were repatriated\nto China last year, along with more than 2 billion yuan ($290\nmillion).");
        assertEquals(Set.of("fox-hunt-2028 fugitives-returned 812 person exact",
                "fox-hunt-2028 assets-recovered 2000000000 CNY atLeast"), outcomes(f));
    }

    @Test
    void detainedAndReclaimedAreVerbsOfReturnAndRecovery() {
        DocumentFacts f = extract("2029-12-20", "Chinese police have detained 516 fugitives suspected of economic crimes in "
                + "the Fox Hunt 2029 manhunt. In Sky Net 2029 the anti-graft watchdog reclaimed about 1.7bn yuan in the "
                + "11 months to November.");
        assertEquals(Set.of("fox-hunt-2029 fugitives-returned 516 person exact",
                "sky-net-2029 assets-recovered 1700000000 CNY about"), outcomes(f));
    }

    @Test
    void aCountUpToAMonthOfThisYearBeforeTheNewOperationBeginsIsARunningCount() {
        DocumentFacts f = extract("2029-06-07", "The watchdog estimates that 3,905 suspects, including 611 former officials, "
                + "were caught abroad by the end of this April. A new operation, called Sky Net 2029, begins this year.");
        assertEquals(Set.of(), outcomes(f));
    }

    @Test
    void aReportOfThePursuitOfficeIsSkyNetsEvenWhenItNamesThePolice() {
        DocumentFacts f = extract("2029-07-25", "Police in China have arrested 377 fugitives in the first six months of the "
                + "year, a report by the fugitive pursuit office says. Fox Hunt and Sky Net go on.");
        assertEquals(Set.of("sky-net-2029 fugitives-returned 377 person exact"), outcomes(f));
    }

    @Test
    void aLaunchDatedBeforeTheNameGivesTheOperationsYearAndItsLead() {
        DocumentFacts f = extract("2031-04-09", "In May 2027, the Ministry of Public Security launched its \"Fox Hunt\" "
                + "operation against economic fugitives abroad.");
        assertEquals(Set.of("fox-hunt-2027 ministry-of-public-security lead"), roles(f));
    }

    @Test
    void aNameInAppositionToLastYearsLedManhuntIsLastYearsAndLedByTheAgency() {
        DocumentFacts f = extract("2029-03-01", "Sky Net 2029 will reach further than last year's overseas manhunt led by "
                + "national police, Operation Foxhunt, by bringing in the central bank.");
        assertTrue(roles(f).contains("fox-hunt-2028 ministry-of-public-security lead"), roles(f).toString());
        assertTrue(f.roles().stream().noneMatch(r -> r.operation().toString().equals("sky-net-2029")
                && r.role().equals("lead") && r.agency().toString().equals("ministry-of-public-security")), roles(f).toString());
    }

    @Test
    void aFigureOfOneCitysPoliceAtTheStartOfASentenceIsLocal() {
        DocumentFacts f = extract("2029-12-20", "Sky Net 2029 brought back 1,406 fugitives. Police in Wenzhou brought back "
                + "52 fugitives this year.");
        assertEquals(Set.of("sky-net-2029 fugitives-returned 1406 person exact"), outcomes(f));
    }

    @Test
    void anOperationConductedByTheNamedBodyIsLedByIt() {
        DocumentFacts f = extract("2030-01-15", "The \"Fox Hunt 2029\" operation, conducted by the Central Anti-Corruption "
                + "Coordination Group as part of Sky Net, captured 930 economic crime suspects last year.");
        assertTrue(roles(f).contains("fox-hunt-2029 central-anti-corruption-coordination-group lead"), roles(f).toString());
    }
}
