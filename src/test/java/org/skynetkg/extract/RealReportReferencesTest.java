package org.skynetkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skynetkg.extract.ExtractorTest.extract;
import static org.skynetkg.extract.ExtractorTest.outcomes;
import static org.skynetkg.extract.ExtractorTest.roles;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Constructions of real reports (issue 16, split test7) in texts of our own with other names and numbers: what a
 * total, "the campaign" or a name without a year refers to, and duties given in a plan without "will".
 */
class RealReportReferencesTest {

    @Test
    void aTotalWhosePartOnlyIsDatedRunsOverMoreThanTheYear() {
        DocumentFacts f = extract("2029-08-10", "Under Fox Hunt, more than 510 suspects have been brought back, including "
                + "more than 40 who have returned this year of their own accord, the ministry said.");
        assertEquals(Set.of(), outcomes(f));
        assertTrue(f.notes().stream().anyMatch(n -> n.contains("'510'") && n.contains("part only is dated")),
                f.notes().toString());
    }

    @Test
    void aTotalDatedItselfKeepsItsPart() {
        DocumentFacts f = extract("2029-08-10", "This year Fox Hunt 2029 has brought back 510 suspects, including 40 who "
                + "were caught in Canada this year.");
        assertEquals(Set.of("fox-hunt-2029 fugitives-returned 510 person exact"), outcomes(f));
    }

    @Test
    void sinceThenAtTheHeadOfTheClauseIsARunningCount() {
        DocumentFacts f = extract("2031-02-01", "Returns under Sky Net rose each year until the flood season of 2029; "
                + "since then, over 1,700 people have been sent back.");
        assertEquals(Set.of(), outcomes(f));
        assertTrue(f.notes().stream().anyMatch(n -> n.contains("'1,700'") && n.contains("cumulative")), f.notes().toString());
    }

    @Test
    void anAgencyCoordinatingTheOperationLeadsIt() {
        DocumentFacts f = extract("2029-05-04", "The Ministry of Public Security is coordinating Fox Hunt 2029 to catch "
                + "suspects who fled abroad.");
        assertEquals(Set.of("fox-hunt-2029 ministry-of-public-security lead"), roles(f));
    }

    @Test
    void anAgencyCoordinatingWithAnotherLeadsNothing() {
        DocumentFacts f = extract("2029-05-04", "The Ministry of Public Security is coordinating with embassies on Fox "
                + "Hunt 2029 cases.");
        assertEquals(Set.of(), roles(f));
    }

    @Test
    void aDutyEntrustedInALaunchReportIsALeadOfTheOperation() {
        DocumentFacts f = extract("2029-03-20", "China has launched Sky Net 2029, its annual hunt for fugitives. The "
                + "People's Bank of China is entrusted with cracking down on illegal cross-border transfers of money.");
        assertTrue(roles(f).contains("sky-net-2029 peoples-bank-of-china lead"), roles(f).toString());
    }

    @Test
    void aDutyEntrustedOnAPartIsALeadOfThePart() {
        DocumentFacts f = extract("2029-03-20", "China has launched Sky Net 2029, its annual hunt for fugitives. The "
                + "People's Bank of China is entrusted with cracking down on underground banks.");
        assertEquals(Set.of("offshore-companies-and-underground-banks-2029 peoples-bank-of-china lead"), roles(f));
    }

    @Test
    void theCampaignAfterAPartOfTheWholeIsTheWhole() {
        DocumentFacts f = extract("2029-05-01", "Fox Hunt 2029 is part of Sky Net, a campaign launched by China's Central "
                + "Anti-Corruption Coordination Group. On March 3, the group's Fugitive Repatriation and Asset Recovery "
                + "Office convened a meeting to launch the campaign.");
        assertEquals(Set.of("sky-net-2029 central-anti-corruption-coordination-group organizer",
                "sky-net-2029 fugitive-pursuit-office organizer"), roles(f));
    }

    @Test
    void aNameWithoutAYearInADocumentOnTheSeriesSinceItsLaunchIsTheSeries() {
        DocumentFacts f = extract("2029-08-01", "The stations help to find targets of the Fox Hunt operation run by the "
                + "Ministry of Public Security, the report says. Fox Hunt was launched in 2014 as an anti-corruption "
                + "campaign.");
        assertEquals(Set.of(), roles(f));
        assertTrue(f.notes().stream().anyMatch(n -> n.contains("of the series fox-hunt since its launch in 2014")),
                f.notes().toString());
    }
}
