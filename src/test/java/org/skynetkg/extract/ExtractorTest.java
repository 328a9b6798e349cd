package org.skynetkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.skynetkg.document.AnnouncementReader;
import org.skynetkg.load.Pipeline;

/**
 * The extraction rules on short texts written for each phenomenon of the genre (issue 3). The texts are
 * synthetic; every expected fact is read from the text beside it.
 */
class ExtractorTest {
    static final Pipeline PIPELINE = Pipeline.create();

    static DocumentFacts extract(String published, String body) {
        String text = "---\npublished: " + published + "\n---\n" + body;
        return PIPELINE.extract(new AnnouncementReader().read("t", "test.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    static Set<String> outcomes(DocumentFacts f) {
        return f.outcomes().stream().map(o -> o.operation() + " " + o.measure() + " " + o.value().toPlainString() + " "
                + o.unit() + " " + o.qualifier()).collect(Collectors.toSet());
    }

    static Set<String> roles(DocumentFacts f) {
        return f.roles().stream().map(r -> r.operation() + " " + r.agency() + " " + r.role()).collect(Collectors.toSet());
    }

    @Test
    void commaInsideQuotesAndQualifiers() {
        DocumentFacts f = extract("2021-01-22", "Since the launch of “Sky Net 2020,” more than 1,200 fugitives were "
                + "brought back and about 2.95 billion yuan was recovered.");
        assertEquals(Set.of("sky-net-2020 fugitives-returned 1200 person atLeast",
                "sky-net-2020 assets-recovered 2950000000 CNY about"), outcomes(f));
    }

    @Test
    void bracketedConversionIsTheSameAmount() {
        DocumentFacts f = extract("2017-01-12", "The \"Sky Net 2016\" operation recovered 8.6 billion yuan "
                + "(1.25 billion U.S. dollars) in illicit assets.");
        assertEquals(Set.of("sky-net-2016 assets-recovered 8600000000 CNY exact"), outcomes(f));
    }

    @Test
    void currencyBeforeTheNumberAndNumbersInWords() {
        DocumentFacts f = extract("2018-01-19", "The Sky Net 2017 campaign brought back five fugitives from Canada "
                + "and recovered RMB 2.9 billion.");
        assertEquals(Set.of("sky-net-2017 fugitives-returned 5 person exact",
                "sky-net-2017 assets-recovered 2900000000 CNY exact"), outcomes(f));
    }

    @Test
    void subsetsPointToTheirTotal() {
        DocumentFacts f = extract("2022-03-03", "The \"Skynet 2021\" operation recovered 1,273 fugitives, including "
                + "22 \"Red Notice\" personnel and 318 monitoring objects.");
        OutcomeFact total = f.outcomes().get(0);
        assertEquals("fugitives-returned", total.measure());
        assertEquals(List.of("red-notice-fugitives-returned", "officials-returned"),
                f.outcomes().subList(1, 3).stream().map(OutcomeFact::measure).toList());
        assertTrue(f.outcomes().subList(1, 3).stream().allMatch(o -> o.subsetOf() == 0));
    }

    @Test
    void mostWantedListNameIsNotAFigure() {
        DocumentFacts f = extract("2017-01-12", "The Sky Net 2016 operation brought back 1,032 fugitives. "
                + "Nineteen of those returned were on the list of China's 100 most-wanted fugitives.");
        assertEquals(Set.of("sky-net-2016 fugitives-returned 1032 person exact",
                "sky-net-2016 most-wanted-fugitives-returned 19 person exact"), outcomes(f));
    }

    @Test
    void periodsAndCumulativeTotals() {
        DocumentFacts f = extract("2019-12-27", "In the first 11 months of 2019, China brought back 1,535 fugitives "
                + "under the \"Sky Net 2019\" operation. From 2014 to 2019, a total of 7,800 fugitives were returned.");
        assertEquals(1, f.outcomes().size());
        OutcomeFact o = f.outcomes().get(0);
        assertEquals("2019-01-01", o.periodStart().toString());
        assertEquals("2019-11-30", o.periodEnd().toString());
        assertTrue(f.notes().stream().anyMatch(n -> n.contains("7,800") && n.contains("cumulative")), f.notes().toString());
    }

    @Test
    void lastYearResolvesAgainstThePublicationDate() {
        DocumentFacts f = extract("2018-01-19", "The \"Sky Net\" manhunt brought back 1,300 fugitives last year.");
        assertEquals(Set.of("sky-net-2017 fugitives-returned 1300 person exact"), outcomes(f));
    }

    @Test
    void agencyNamesAndRoleVerbs() {
        DocumentFacts f = extract("2023-03-10", "China launched the \"Skynet 2023\" operation. "
                + "The State Supervision Commission will take the lead in hunting down fugitives suspected of duty-related crimes. "
                + "The MPS will conduct the \"Fox Hunt 2023\" operation. It and the PBOC will jointly target underground banks. "
                + "The Supreme People's Procuratorate (SPP), together with the Supreme People's Court, will carry out a campaign "
                + "to confiscate the illegal gains of suspects who have fled or died.");
        Set<String> r = roles(f);
        assertTrue(r.contains("duty-crime-fugitive-pursuit-2023 national-supervisory-commission lead"), r.toString());
        assertTrue(r.contains("fox-hunt-2023 ministry-of-public-security lead"), r.toString());
        assertTrue(r.contains("offshore-companies-and-underground-banks-2023 ministry-of-public-security lead"), r.toString());
        assertTrue(r.contains("offshore-companies-and-underground-banks-2023 peoples-bank-of-china lead"), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.endsWith("supreme-peoples-procuratorate lead")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.endsWith("supreme-peoples-court partner")), r.toString());
    }

    @Test
    void anaphoraAndPassiveLeads() {
        DocumentFacts f = extract("2019-01-09", "Reporters learned from the Ministry of Public Security that the "
                + "\"Fox Hunting 2018\" special operation led by the ministry captured 1,187 suspects. "
                + "The central bank will work with the Ministry of Justice to crack down on underground banks.");
        Set<String> r = roles(f);
        assertTrue(r.contains("fox-hunt-2018 ministry-of-public-security lead"), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.endsWith("peoples-bank-of-china lead")), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.endsWith("ministry-of-justice partner")), r.toString());
    }

    @Test
    void unknownOrganisationInALeadPositionIsKept() {
        DocumentFacts f = extract("2019-03-21", "China has launched its Sky Net 2019 operation. The State Administration "
                + "of Foreign Exchange will be in charge of a special campaign to monitor capital flows.");
        assertTrue(f.roles().stream().anyMatch(r -> !r.agency().known()
                && r.agency().name().equals("State Administration of Foreign Exchange") && r.role().equals("lead")),
                roles(f).toString());
    }

    @Test
    void aTextWithNoFactsGivesAWarning() {
        DocumentFacts f = extract("2020-05-01", "Tea exports rose 12 percent in April, the ministry of commerce said.");
        assertEquals(0, f.factCount());
        assertEquals(1, f.warnings().size());
    }

    @Test
    void everyFactKeepsItsSentenceAndRule() {
        DocumentFacts f = extract("2022-03-03", "The \"Skynet 2021\" operation recovered 1,273 fugitives and "
                + "16.74 billion yuan.");
        for (OutcomeFact o : f.outcomes()) {
            assertTrue(o.evidence().sentence().text().contains(o.surface()), o.toString());
            assertFalse(o.evidence().rule().isBlank());
        }
        assertNull(f.outcomes().get(1).subsetOf());
    }
}
