package org.skynetkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skynetkg.extract.ExtractorTest.extract;
import static org.skynetkg.extract.ExtractorTest.outcomes;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The constructions of real news reports that the extractor once got wrong (issue 16), each in a short text of
 * our own with other numbers: an operation never named next to its figure, conversions, relative periods, leads in
 * plans and lists, and the numbers that are not outcomes of one yearly operation. Every expected fact is read in
 * the text beside it.
 */
class RealReportConstructionsTest {

    @Test
    void anUnnamedCampaignTakesTheSeriesOfTheDocumentAndTheYearOfItsPeriod() {
        DocumentFacts f = extract("2018-01-20", "BEIJING -- China's worldwide hunt for graft suspects brought back 1,112 "
                + "fugitives in 2017, the top anti-graft body said on Friday. Among them were 31 subject to Interpol Red Notices.");
        assertEquals(Set.of("sky-net-2017 fugitives-returned 1112 person exact",
                "sky-net-2017 red-notice-fugitives-returned 31 person exact"), outcomes(f));
        assertEquals(Owner.PERIOD, f.outcomes().get(0).owner().strength());
        assertEquals(0, f.outcomes().get(1).subsetOf());
    }

    @Test
    void aRelativePeriodIsOfTheYearBeforeAJanuaryReport() {
        DocumentFacts f = extract("2020-01-08", "The first nine months of last year saw 977 fugitives repatriated under the "
                + "campaign, with 3.1 billion yuan recovered.");
        assertEquals(Set.of("sky-net-2019 fugitives-returned 977 person exact",
                "sky-net-2019 assets-recovered 3100000000 CNY exact"), outcomes(f));
        assertEquals("2019-09-30", f.outcomes().get(0).periodEnd().toString());
    }

    @Test
    void aConvertedAmountInBracketsIsTheSameAmount() {
        DocumentFacts f = extract("2020-01-08", "In 2019 the drive brought back 977 fugitives and recovered over 5.2 billion "
                + "yuan (US$748 million) in illicit money.");
        assertEquals(Set.of("sky-net-2019 fugitives-returned 977 person exact",
                "sky-net-2019 assets-recovered 5200000000 CNY atLeast"), outcomes(f));
    }

    @Test
    void theHeadlineRestatesAndMayGiveTheExactFigure() {
        DocumentFacts f = extract("2017-01-25", "Manhunt nets 742 economic fugitives\n\nPolice brought back more than 740 "
                + "suspects of economic crimes from abroad last year, the Ministry of Public Security said. The operation "
                + "was part of Fox Hunt 2016.");
        assertEquals(Set.of("fox-hunt-2016 fugitives-returned 742 person exact"), outcomes(f));
        assertEquals("heading.precise", f.outcomes().get(0).evidence().rule());
    }

    @Test
    void policeFiguresAreFoxHuntsAndWatchdogFiguresSkyNets() {
        DocumentFacts f = extract("2017-10-12", "Police have captured 512 economic fugitives abroad this year, the Ministry of "
                + "Public Security said, under its annual Operation Fox Hunt. The Central Commission for Discipline "
                + "Inspection said in July that 419 fugitives had been returned in the first half of this year.");
        assertEquals(Set.of("fox-hunt-2017 fugitives-returned 512 person exact",
                "sky-net-2017 fugitives-returned 419 person exact"), outcomes(f));
    }

    @Test
    void aFigureWithNoDateOfItsOwnBelongsToTheOneOperationTheDocumentReportsOn() {
        DocumentFacts f = extract("2019-01-30", "China seized 1,068 fugitives hiding in 58 countries in a campaign against "
                + "economic crime suspects, the Ministry of Public Security said. Fox Hunt 2018 ran from March to December, "
                + "and Fox Hunt 2019 will start soon.");
        assertEquals(Set.of("fox-hunt-2018 fugitives-returned 1068 person exact"), outcomes(f));
        assertEquals(Owner.DOCUMENT, f.outcomes().get(0).owner().strength());
    }

    @Test
    void aLaunchMonthWithoutAYearDatesAYearlessName() {
        DocumentFacts f = extract("2015-01-12", "Police have brought back 433 overseas fugitives accused of economic crimes "
                + "in the campaign called Fox Hunt, the ministry said on Thursday. The ministry launched the operation in August.");
        assertEquals(Set.of("fox-hunt-2014 fugitives-returned 433 person exact"), outcomes(f));
    }

    @Test
    void runningTotalsListsAndOtherCountsAreNotOutcomes() {
        DocumentFacts f = extract("2021-01-15", "Last year the campaign brought back 1,388 fugitives. Sky Net operations "
                + "have captured more than 8,100 fugitives and 17 of the country's 100 most-wanted. From 2015 to November "
                + "last year, 8,002 fugitives were returned. Anti-fraud police returned 41,000 telecom fraud suspects. "
                + "Newly fled officials fell to 6 last year. The court confiscated 12 million yuan that Zhao had transferred.");
        assertEquals(Set.of("sky-net-2020 fugitives-returned 1388 person exact"), outcomes(f));
    }

    @Test
    void oneCitysFiguresAreNotTheOperations() {
        DocumentFacts f = extract("2016-12-20", "Fox Hunt 2016 has brought back 781 suspects nationwide. Hangzhou police "
                + "said 23 fugitives had been returned to the city this year.");
        assertEquals(Set.of("fox-hunt-2016 fugitives-returned 781 person exact"), outcomes(f));
    }

    @Test
    void aComparisonBaseDoesNotCarryToTheNextSentence() {
        DocumentFacts f = extract("2019-12-20", "China brought back 1,512 fugitives in the first 11 months of 2019, up 12 "
                + "percent from the 1,350 returned in 2018. The returnees included 27 Red Notice fugitives.");
        assertTrue(outcomes(f).contains("sky-net-2019 red-notice-fugitives-returned 27 person exact"), outcomes(f).toString());
        assertTrue(outcomes(f).contains("sky-net-2018 fugitives-returned 1350 person exact"), outcomes(f).toString());
    }

    @Test
    void aComponentsShareOfTheReturneesDoesNotTakeTheOthersParts() {
        DocumentFacts f = extract("2017-01-11", "China brought back 1,055 fugitives in 2016 under the Sky Net operation. "
                + "Of the returnees, 802 were captured through Fox Hunt 2016, which the police ran, and 161 were former "
                + "officials. Twenty-two of them were on the list of 100 most-wanted fugitives.");
        assertEquals(Set.of("sky-net-2016 fugitives-returned 1055 person exact",
                "fox-hunt-2016 fugitives-returned 802 person exact",
                "sky-net-2016 officials-returned 161 person exact",
                "sky-net-2016 most-wanted-fugitives-returned 22 person exact"), outcomes(f));
    }

    @Test
    void twoYearsInOneSentenceEachWithItsFigure() {
        DocumentFacts f = extract("2022-01-20", "Despite the pandemic, at least 1,388 people were brought back to China in "
                + "2020 and 1,206 in 2021, official figures show. The number of people returned rose from 988 in 2015 to "
                + "1,388 in 2020.");
        assertEquals(Set.of("sky-net-2020 fugitives-returned 1388 person atLeast",
                "sky-net-2021 fugitives-returned 1206 person exact",
                "sky-net-2015 fugitives-returned 988 person exact"), outcomes(f));
    }

    @Test
    void aRedNoticeCountAfterItsTotalAndASpeakerWhoIsNoCount() {
        DocumentFacts f = extract("2021-01-20", "China brought back 1,301 fugitives from January to November. Of the 1,301, "
                + "287 had been Party members, and Interpol red notices had been issued on 19 of them, officials said.");
        assertEquals(Set.of("sky-net-2020 fugitives-returned 1301 person exact",
                "sky-net-2020 officials-returned 287 person exact",
                "sky-net-2020 red-notice-fugitives-returned 19 person exact"), outcomes(f));
    }

    @Test
    void aPlanAssignsLeadsWithoutARoleVerb() {
        DocumentFacts f = extract("2026-03-10", "China has kicked off an operation codenamed \"Sky Net\" for 2026. "
                + "The Supreme People's Court and the Supreme People's Procuratorate will jointly wage a campaign to reclaim "
                + "assets of suspects who fled or died; the People's Bank of China will team up with the MPS to cut illicit "
                + "transfers abroad. The Organization Department of the CPC Central Committee will work with other "
                + "departments to check travel documents.");
        Set<String> leads = leads(f);
        assertTrue(leads.containsAll(Set.of("supreme-peoples-court", "supreme-peoples-procuratorate",
                "peoples-bank-of-china", "organization-department-of-the-cpc-central-committee")), leads.toString());
        assertTrue(ExtractorTest.roles(f).stream().anyMatch(r -> r.endsWith("ministry-of-public-security partner")),
                ExtractorTest.roles(f).toString());
        assertTrue(f.roles().stream().filter(r -> r.role().equals("lead")).allMatch(r -> r.operation().year() == 2026));
    }

    @Test
    void leadsInListsAndGroups() {
        DocumentFacts f = extract("2026-03-10", "China launched Sky Net 2026 on Tuesday. The operation will be carried out by "
                + "several agencies, including the National Supervisory Commission, the Supreme People's Court and the "
                + "People's Bank of China. It covers a joint crackdown led by the Ministry of Public Security and the "
                + "General Administration of Customs, with the Supreme People's Procuratorate pursuing bribe-takers and "
                + "the Ministry of Justice handling treaty requests.");
        assertTrue(leads(f).containsAll(Set.of("national-supervisory-commission", "supreme-peoples-court",
                "peoples-bank-of-china", "ministry-of-public-security", "general-administration-of-customs",
                "supreme-peoples-procuratorate", "ministry-of-justice")), leads(f).toString());
    }

    @Test
    void aDescriptionInAResultsReportIsNoPartOfAnOperation() {
        DocumentFacts f = extract("2024-02-22", "A total of 1,402 fugitives were returned in 2023 as a result of the "
                + "country's campaign against suspects of duty-related crimes.");
        assertEquals(Set.of("sky-net-2023"), f.operations().stream().map(o -> o.operation().slug()).collect(Collectors.toSet()));
    }

    @Test
    void launchDatesOnlyFromTheDayTheTextGives() {
        DocumentFacts mid = extract("2026-08-03", "China launched Sky Net 2026 in late March. It brought back 611 fugitives "
                + "in the first half of this year.");
        assertNull(mid.operations().get(0).launchDate());
        DocumentFacts launch = extract("2026-03-27", "The \"Sky Net 2026\" operation was launched on Monday.");
        assertEquals("2026-03-23", launch.operations().get(0).launchDate().toString());
    }

    @Test
    void aSeriesDatedBeforeItsFirstOperationIsNoOperation() {
        DocumentFacts f = extract("2022-01-19", "Beijing started Sky Net in 2014, and the campaign has grown since.");
        assertTrue(f.operations().isEmpty(), f.operations().toString());
    }

    @Test
    void domesticDisciplineAfterATotalIsNoPartOfIt() {
        DocumentFacts f = extract("2025-02-24", "In addition, 1,502 fugitives were returned through the Sky Net 2024 campaign. "
                + "In 2024, 7,310 people were punished for breaking political discipline, including 29 senior officials.");
        assertEquals(Set.of("sky-net-2024 fugitives-returned 1502 person exact"), outcomes(f));
    }

    @Test
    void aCountSinceTheLaunchBelongsToTheOperationLaunched() {
        DocumentFacts f = extract("2017-04-20", "The police said 31 more \"economic fugitives\" have been caught since they "
                + "launched a new round of the hunt this month. Fox Hunt 2017 kicked off in early April, after Fox Hunt 2016 "
                + "brought back 951 suspects.");
        assertEquals(Set.of("fox-hunt-2017 fugitives-returned 31 person exact",
                "fox-hunt-2016 fugitives-returned 951 person exact"), outcomes(f));
    }

    @Test
    void aGroupBeforeTheNewCampaignLeadsIt() {
        DocumentFacts f = extract("2016-04-28", "The new drive follows Fox Hunt 2015, which brought back 857 suspects.\n"
                + "Jointly undertaken by the Supreme People's Procuratorate and the\nPublic Security Ministry, the new campaign "
                + "will go after fake passports.");
        assertEquals(Set.of("sky-net-2016 supreme-peoples-procuratorate", "sky-net-2016 ministry-of-public-security"),
                f.roles().stream().filter(r -> r.role().equals("lead")).map(r -> r.operation() + " " + r.agency())
                        .collect(Collectors.toSet()));
    }

    @Test
    void aFullStopWithoutASpaceStillEndsASentence() {
        DocumentFacts f = extract("2026-03-10", "China launched Sky Net 2026 on Tuesday. The People's Bank of China, with "
                + "the MPS, carried out a crackdown on underground banks.The Supreme People's Court, in conjunction with the "
                + "Supreme People's Procuratorate, has launched a special operation to recover stolen assets.");
        assertTrue(leads(f).containsAll(Set.of("peoples-bank-of-china", "supreme-peoples-court")), leads(f).toString());
    }

    @Test
    void moneyInvolvedBeforeACountOfPeopleIsStillNotRecovered() {
        DocumentFacts f = extract("2015-01-09", "As of December 31, 2014, the Fox Hunt 2014 campaign had captured 512 "
                + "fugitives. The money involved for 130 of the fugitives was over 10 million yuan, and police recovered "
                + "assets worth 90 million yuan.");
        assertEquals(Set.of("fox-hunt-2014 fugitives-returned 512 person exact",
                "fox-hunt-2014 assets-recovered 90000000 CNY exact"), outcomes(f));
    }

    @Test
    void theOnlyCountOfAnOperationIsItsTotalEvenIfItSaysOfficials() {
        DocumentFacts f = extract("2015-03-30", "The new drive follows Fox Hunt 2014, in which 702 officials who had fled "
                + "abroad were caught.");
        assertEquals(Set.of("fox-hunt-2014 fugitives-returned 702 person exact"), outcomes(f));
        DocumentFacts withTotal = extract("2015-03-30", "Fox Hunt 2014 caught 702 fugitives, and 96 officials were "
                + "among them.");
        assertTrue(outcomes(withTotal).contains("fox-hunt-2014 officials-returned 96 person exact"), outcomes(withTotal).toString());
    }

    @Test
    void totalsAsOfAYearAreRunningTotals() {
        DocumentFacts f = extract("2025-03-01", "China launched Sky Net 2025 on Monday. As of 2024, China has repatriated a "
                + "total of 13,200 fugitives, including 2,870 officials. By the end of 2023, authorities had recovered "
                + "60.1 billion yuan in illicit assets.");
        assertEquals(Set.of(), outcomes(f));
    }

    @Test
    void theSecondHalfAndAComparisonBase() {
        DocumentFacts f = extract("2015-04-07", "The ministry said that in the second half of 2014 it brought 702 suspects "
                + "of economic crimes back from 60 countries, four times the number in 2013, under Fox Hunt 2014.");
        assertEquals(Set.of("fox-hunt-2014 fugitives-returned 702 person exact"), outcomes(f));
        assertEquals("2014-07-01", f.outcomes().get(0).periodStart().toString());
    }

    @Test
    void britishSpellingAndChargedWith() {
        DocumentFacts f = extract("2026-03-10", "China launched Sky Net 2026 on Tuesday. The Organisation Department will "
                + "watch officials' trips abroad, and the Supreme People's Procuratorate will be charged with the "
                + "extradition of suspects.");
        assertTrue(leads(f).containsAll(Set.of("organization-department-of-the-cpc-central-committee",
                "supreme-peoples-procuratorate")), leads(f).toString());
    }

    @Test
    void aCountUpToADateIsKeptOnlyForTheOperationTheDocumentReportsOn() {
        DocumentFacts f = extract("2014-11-20", "\"Fox Hunt 2014\" was launched in July by the Ministry of Public Security. "
                + "By the end of October it had netted 211 suspects. WUHAN police said 19 fugitives were sent back to the city.");
        assertEquals(Set.of("fox-hunt-2014 fugitives-returned 211 person exact"), outcomes(f));
        DocumentFacts none = extract("2017-12-08", "By the end of October, 3,400 fugitives had returned from 90 countries.");
        assertEquals(Set.of(), outcomes(none));
    }

    @Test
    void aConversionAfterOrAndADatedOperation() {
        DocumentFacts f = extract("2020-04-01", "China launched Sky Net 2020 on Monday. In the 2019 operation, 902 fugitives "
                + "were returned, and 2.2 billion yuan, or about 310 million U.S. dollars, was recovered.");
        assertEquals(Set.of("sky-net-2019 fugitives-returned 902 person exact",
                "sky-net-2019 assets-recovered 2200000000 CNY exact"), outcomes(f));
    }

    @Test
    void theNationalPoliceLeadACampaignDescribedByWhatItHunts() {
        DocumentFacts f = extract("2027-05-02", "Police prepare a new drive\n\nChinese police have drawn up this year's "
                + "campaign to catch economic fugitives hiding abroad, the ministry said. The campaign, code-named "
                + "\"Fox Hunt 2027\", will also back the discipline inspection bodies.");
        assertEquals(Set.of("fox-hunt-2027 ministry-of-public-security"), leadsOf(f));
        DocumentFacts plans = extract("2027-05-02", "The Ministry of Public Security has made plans for this year's "
                + "operation to track down economic crime suspects abroad.");
        assertEquals(Set.of("fox-hunt-2027 ministry-of-public-security"), leadsOf(plans));
    }

    @Test
    void aManhuntLedByOthersThatANameIsComparedWith() {
        DocumentFacts f = extract("2027-03-20", "Operation Sky Net 2027 will reach further than the earlier manhunt led by "
                + "national police, Operation Fox Hunt, by joining many departments.");
        assertTrue(leadsOf(f).stream().noneMatch(l -> l.startsWith("sky-net-2027")), leadsOf(f).toString());
    }

    @Test
    void aLaunchDatedToAnEarlierMonthIsThatOfTheOperationReportedOn() {
        DocumentFacts day = extract("2027-11-30", "The \"Fox Hunt 2027\" drive was launched on June 3. By November 25, "
                + "412 economic crime suspects had been caught in the campaign.");
        assertEquals(Set.of("fox-hunt-2027 fugitives-returned 412 person exact"), outcomes(day));
        DocumentFacts month = extract("2027-10-15", "China launched a campaign named \"Skynet\" this May to catch "
                + "officials who fled. As of early September, more than 140 fugitives had been returned to China.");
        assertEquals(Set.of("sky-net-2027 fugitives-returned 140 person atLeast"), outcomes(month));
    }

    @Test
    void aCountOfEconomicAndOfficialCrimesIsNoPoliceCount() {
        DocumentFacts f = extract("2028-01-20", "A rights group said at least 903 people were brought back to China in "
                + "2027, counting only those suspected of economic crimes or of crimes related to official business.");
        assertEquals(Set.of("sky-net-2027 fugitives-returned 903 person atLeast"), outcomes(f));
    }

    @Test
    void aComponentNamedWithItsParentCountsForTheParent() {
        DocumentFacts f = extract("2027-08-30", "So far this year, 388 fugitives have been caught or repatriated as part "
                + "of the \"Sky Net\" and \"Fox Hunt\" campaigns.");
        assertEquals(Set.of("sky-net-2027 fugitives-returned 388 person exact"), outcomes(f));
    }

    @Test
    void leadsOfPartsDescribedByWhatTheyHunt() {
        DocumentFacts duty = extract("2027-09-01", "The National Supervisory Commission has been leading an operation to "
                + "track down fugitives suspected of duty-related offences.");
        assertEquals(Set.of("duty-crime-fugitive-pursuit-2027 national-supervisory-commission"), leadsOf(duty));
        DocumentFacts police = extract("2027-04-22", "The Ministry of Public Security said on Monday that 31 more suspects "
                + "had been caught since it launched a new round of its campaign last week to pursue economic suspects abroad.");
        assertEquals(Set.of("fox-hunt-2027 ministry-of-public-security"), leadsOf(police));
    }

    @Test
    void aListOfPartsWhoseFirstAgencyIsInCharge() {
        DocumentFacts f = extract("2027-03-28", "China launched Sky Net 2027 on Monday. Under the plan, the National "
                + "Supervisory Commission is in charge of pursuing officials, the Supreme People's Procuratorate seeking "
                + "assets of fugitive suspects, and the Ministry of Public Security hunting economic suspects.");
        assertEquals(Set.of("sky-net-2027 national-supervisory-commission", "sky-net-2027 supreme-peoples-procuratorate",
                "sky-net-2027 ministry-of-public-security"), leadsOf(f));
    }

    @Test
    void aSubjectDescribedBetweenCommasBeforeWill() {
        DocumentFacts f = extract("2027-03-28", "China launched Sky Net 2027 on Monday. The Organization Department, a "
                + "body that manages officials, will check their travel abroad. The ministry said that, after a good "
                + "year, it will go on.");
        assertEquals(Set.of("sky-net-2027 organization-department-of-the-cpc-central-committee"), leadsOf(f));
    }

    @Test
    void aReportFromTheFirstYearOfASeriesCanOnlyBeOfThatYear() {
        DocumentFacts f = extract("2014-11-03", "Police have caught 166 suspects of economic crimes who fled abroad in the "
                + "Foxhunt campaign, the ministry said.");
        assertEquals(Set.of("fox-hunt-2014 fugitives-returned 166 person exact"), outcomes(f));
        DocumentFacts later = extract("2016-11-03", "Police have caught 166 suspects of economic crimes who fled abroad in "
                + "the Foxhunt campaign, the ministry said.");
        assertEquals(Set.of(), outcomes(later));
    }

    @Test
    void theListOfAHundredFugitivesIsAName() {
        DocumentFacts f = extract("2027-05-14", "Fox Hunt 2027 has caught 212 suspects. The first to be caught from the "
                + "list of 100 fugitives was a former banker.");
        assertEquals(Set.of("fox-hunt-2027 fugitives-returned 212 person exact"), outcomes(f));
    }

    @Test
    void numbersOfAListPublishedAreNoReturns() {
        DocumentFacts f = extract("2027-12-10", "Sky Net 2027 brought back 1,204 fugitives. The commission also published "
                + "details of 31 and 44 fugitives in 2025 and 2026, to urge them to return.");
        assertEquals(Set.of("sky-net-2027 fugitives-returned 1204 person exact"), outcomes(f));
    }

    private static Set<String> leadsOf(DocumentFacts f) {
        return f.roles().stream().filter(r -> r.role().equals("lead")).map(r -> r.operation() + " " + r.agency())
                .collect(Collectors.toSet());
    }

    private static Set<String> leads(DocumentFacts f) {
        return f.roles().stream().filter(r -> r.role().equals("lead")).map(r -> r.agency().toString()).collect(Collectors.toSet());
    }
}
