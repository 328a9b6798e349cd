package org.skynetkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skynetkg.extract.ExtractorTest.extract;
import static org.skynetkg.extract.ExtractorTest.outcomes;
import static org.skynetkg.extract.ExtractorTest.roles;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Chinese reading (issue 18) on texts of our own that reproduce the constructions of real Chinese reports with
 * other years and numbers: figures and their parts, ways of return, running counts, periods, traditional
 * characters, restated and rounded figures, and the leads of the parts of Sky Net.
 */
class ChineseReadingTest {

    static boolean noted(DocumentFacts f, String figure, String why) {
        return f.notes().stream().anyMatch(n -> n.contains(figure) && n.contains(why));
    }

    @Test
    void aYearsResultsWithTheirPartsAndMoneyInHundredsOfMillions() {
        DocumentFacts f = extract("2041-01-15", "2040年，“天网2040”行动共追回外逃人员1357人，其中党员和国家工作人员123人、"
                + "“红通人员”45人、“百名红通人员”3人，追回赃款24.68亿元。");
        assertEquals(Set.of("sky-net-2040 fugitives-returned 1357 person exact",
                "sky-net-2040 officials-returned 123 person exact", "sky-net-2040 red-notice-fugitives-returned 45 person exact",
                "sky-net-2040 most-wanted-fugitives-returned 3 person exact", "sky-net-2040 assets-recovered 2468000000 CNY exact"),
                outcomes(f));
        OutcomeFact officials = f.outcomes().stream().filter(o -> o.measure().equals("officials-returned")).findFirst().orElseThrow();
        assertEquals("fugitives-returned", f.outcomes().get(officials.subsetOf()).measure());
        OutcomeFact money = f.outcomes().stream().filter(o -> o.measure().equals("assets-recovered")).findFirst().orElseThrow();
        assertEquals(null, money.subsetOf(), "money is not a part of the people returned");
    }

    @Test
    void waysOfReturnInBracketsAfterTheTotalAreItsParts() {
        DocumentFacts f = extract("2041-01-15", "“天网2040”行动共追回外逃人员1357名（引渡11人，遣返63人，劝返480人，缉捕210人，"
                + "边境触网150人，境内抓获170人，主动投案等90人）。");
        assertEquals(Set.of("sky-net-2040 fugitives-returned 1357 person exact", "sky-net-2040 extradited 11 person exact",
                "sky-net-2040 repatriated 63 person exact", "sky-net-2040 persuaded-to-return 480 person exact",
                "sky-net-2040 arrested-abroad 210 person exact", "sky-net-2040 caught-at-border 150 person exact",
                "sky-net-2040 caught-at-home 170 person exact", "sky-net-2040 surrendered 90 person exact"), outcomes(f));
    }

    @Test
    void aCaptureOutsideABreakdownIsTheTotalAndOtherWaysAreLeftOut() {
        DocumentFacts f = extract("2040-09-20", "“猎狐2040”专项行动开展两个月，已抓捕83人。行动中，从邻国遣返3名。");
        assertEquals(Set.of("fox-hunt-2040 fugitives-returned 83 person exact"), outcomes(f));
        assertTrue(noted(f, "3名", "outside a breakdown"), f.notes().toString());
    }

    @Test
    void partsOfTheCatchNamedAfterTheNumberOrAfterAmong() {
        DocumentFacts f = extract("2040-11-04", "截至10月31日，“猎狐2040”行动已抓获外逃人员555名，212名系主动投案自首。"
                + "在抓获的所有外逃人员中，缉捕归案331名，异地追诉6名。");
        assertEquals(Set.of("fox-hunt-2040 fugitives-returned 555 person exact", "fox-hunt-2040 surrendered 212 person exact",
                "fox-hunt-2040 arrested-abroad 331 person exact", "fox-hunt-2040 prosecuted-abroad 6 person exact"), outcomes(f));
    }

    @Test
    void runningCountsOverSeveralYearsAreLeftOut() {
        DocumentFacts f = extract("2041-01-15", "2030年以来，累计追回外逃人员9876人。天网行动连续五年追回外逃人员6543人。"
                + "十年来，“猎狐行动”共抓获嫌疑人8765名。2036年至2040年，共追回外逃人员7654人。");
        assertEquals(Set.of(), outcomes(f));
        assertTrue(noted(f, "6543人", "running count") && noted(f, "8765名", "running count")
                && noted(f, "7654人", "running count"), f.notes().toString());
    }

    @Test
    void sinceThisYearsLaunchIsThisYearsFigure() {
        DocumentFacts f = extract("2040-10-12", "“猎狐2040”专项行动自7月20日正式启动以来，已抓获在逃境外经济犯罪嫌疑人131名。");
        assertEquals(Set.of("fox-hunt-2040 fugitives-returned 131 person exact"), outcomes(f));
    }

    @Test
    void aPeriodDatesAFigureOfTheOperationTheDocumentIsAbout() {
        DocumentFacts fox = extract("2040-11-04", "公安部“猎狐2040”行动今年已抓获外逃人员600名\n\n"
                + "截至10月31日，全国公安机关共抓获各类外逃人员600名。");
        assertEquals(Set.of("fox-hunt-2040 fugitives-returned 600 person exact"), outcomes(fox));
        DocumentFacts sky = extract("2040-12-08", "今年1至11月，全国共追回外逃人员1188人，追回赃款19.7亿元。“天网2040”行动成效明显。");
        assertEquals(Set.of("sky-net-2040 fugitives-returned 1188 person exact", "sky-net-2040 assets-recovered 1970000000 CNY exact"),
                outcomes(sky));
        OutcomeFact interim = sky.outcomes().get(0);
        assertEquals("2040-11-30", interim.periodEnd().toString());
    }

    @Test
    void traditionalCharactersReadAsSimplified() {
        DocumentFacts f = extract("2041-01-15", "2040年，「天網2040」行動共追回外逃人員1357人，其中「紅通人員」45人，追回贓款24.68億元。");
        assertEquals(Set.of("sky-net-2040 fugitives-returned 1357 person exact",
                "sky-net-2040 red-notice-fugitives-returned 45 person exact", "sky-net-2040 assets-recovered 2468000000 CNY exact"),
                outcomes(f));
    }

    @Test
    void aLaterDifferentFigureOfTheSameMeasureIsABreakdownAndAPreciseOneReplacesItsRounding() {
        DocumentFacts f = extract("2040-12-08", "“天网2040”行动追回外逃人员1188人，追赃19亿元。其中潜逃5年以上的外逃人员366人。"
                + "追赃金额约19.37亿元。");
        assertEquals(Set.of("sky-net-2040 fugitives-returned 1188 person exact", "sky-net-2040 assets-recovered 1937000000 CNY about"),
                outcomes(f));
    }

    @Test
    void boundsAndSingleCasesAreNotFigures() {
        DocumentFacts f = extract("2041-01-15", "“猎狐2040”专项行动中，通过引渡的不到90人，单笔个案追赃8亿元。");
        assertEquals(Set.of(), outcomes(f));
    }

    @Test
    void chineseNumeralsAndMoreThan() {
        DocumentFacts f = extract("2041-01-15", "“猎狐2040”专项行动共抓获嫌疑人二千余人，其中“红通人员”十九人。");
        assertEquals(Set.of("fox-hunt-2040 fugitives-returned 2000 person atLeast",
                "fox-hunt-2040 red-notice-fugitives-returned 19 person exact"), outcomes(f));
    }

    @Test
    void theLeadsOfAPlanAndTheOrganiserOfSkyNet() {
        DocumentFacts f = extract("2041-03-10", "中央反腐败协调小组国际追逃追赃工作办公室召开会议，部署开展“天网2041”行动。"
                + "国家监委牵头开展职务犯罪国际追逃追赃专项行动；公安部牵头开展“猎狐2041”专项行动；"
                + "中国人民银行会同公安部开展预防、打击利用离岸公司和地下钱庄向境外转移赃款专项行动。");
        assertEquals(Set.of("sky-net-2041 fugitive-pursuit-office organizer",
                "duty-crime-fugitive-pursuit-2041 national-supervisory-commission lead",
                "fox-hunt-2041 ministry-of-public-security lead",
                "offshore-companies-and-underground-banks-2041 peoples-bank-of-china lead",
                "offshore-companies-and-underground-banks-2041 ministry-of-public-security partner"), roles(f));
    }

    @Test
    void anAgencyUnderWhoseCoordinationOrInAModifierLeadsNothing() {
        DocumentFacts f = extract("2041-01-20", "在中央反腐败协调小组统筹协调下，2040年4月至12月底，公安部组织全国公安机关开展了"
                + "“猎狐2040”专项行动。各级公安机关要全力投入到中央反腐败协调小组部署的“天网行动”中来，扎实开展好“猎狐行动”。");
        // The group deployed Sky Net ("部署的“天网行动”"): at most its organiser, never a lead.
        assertEquals(Set.of("fox-hunt-2040 ministry-of-public-security lead"),
                roles(f).stream().filter(r -> r.endsWith(" lead")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aHistoryOfTheSeriesIsNotThisYearsPlan() {
        DocumentFacts f = extract("2044-12-01", "“天网”行动是中央反腐败协调小组于2035年4月部署开展的重要行动，“猎狐行动”是由公安部"
                + "于2034年部署开展的专项行动。");
        assertEquals(Set.of(), roles(f));
    }

    @Test
    void aChineseTextWithoutLanguageIsReadAsChinese() {
        DocumentFacts f = extract("2041-01-15", "“天网2040”行动共追回外逃人员1357人。");
        assertEquals("zh", org.skynetkg.document.Language.of(f.document()));
        assertEquals(Set.of("sky-net-2040 fugitives-returned 1357 person exact"), outcomes(f));
    }

    @Test
    void pinyinGlossesOfConvertedPagesAreDropped() {
        DocumentFacts f = extract("2041-01-15", "2040年已從70多個(gè)國(guó)家和地區(qū)追回外逃人員1032人,其中國(guó)家工作人員124人。"
                + "“天網(wǎng)2040”行動(dòng)。");
        assertEquals(Set.of("sky-net-2040 fugitives-returned 1032 person exact", "sky-net-2040 officials-returned 124 person exact"),
                outcomes(f));
    }

    @Test
    void theNounAfterTheMeasureWordNamesWhatIsCounted() {
        DocumentFacts f = extract("2040-11-20", "“天网2040”行动中，今年到案的3名“百名红通人员”均已退赃。");
        assertEquals(Set.of("sky-net-2040 most-wanted-fugitives-returned 3 person exact"), outcomes(f));
    }

    @Test
    void aProvincesFiguresAreNotTheNationsButADatelineIsNoProvince() {
        DocumentFacts f = extract("2041-02-20", "新华社北京2月20日电 刚刚过去的2040年，浙江追逃追赃工作成效明显：追回外逃人员95人，"
                + "追回赃款1.87亿元。“天网2040”行动全国共追回外逃人员1357人。");
        assertEquals(Set.of("sky-net-2040 fugitives-returned 1357 person exact"), outcomes(f));
        assertTrue(noted(f, "95人", "province"), f.notes().toString());
    }

    @Test
    void aCaptureCountBesideTheTotalIsLeftOut() {
        DocumentFacts f = extract("2040-11-20", "今年以来，“猎狐2040”专项行动抓获外逃人员505名。据悉，公安机关共缉捕238名逃犯，"
                + "劝返117名逃犯。");
        assertEquals(Set.of("fox-hunt-2040 fugitives-returned 505 person exact"), outcomes(f));
    }

    @Test
    void thePartOfSkyNetNamedBetweenTheOperationAndTheFigureOwnsIt() {
        DocumentFacts f = extract("2041-04-28", "作为“天网2040”行动的组成部分，中央纪委国家监委组织开展职务犯罪国际追逃追赃专项行动，"
                + "全国共追回职务犯罪外逃人员875人，其中“红通人员”14人。");
        assertEquals(Set.of("duty-crime-fugitive-pursuit-2040 fugitives-returned 875 person exact",
                "duty-crime-fugitive-pursuit-2040 red-notice-fugitives-returned 14 person exact"), outcomes(f));
        assertEquals(Set.of("duty-crime-fugitive-pursuit-2040 central-commission-for-discipline-inspection lead",
                "duty-crime-fugitive-pursuit-2040 national-supervisory-commission lead"), roles(f));
    }

    @Test
    void aHeadlinesFigureCountsWhereTheTextGivesNone() {
        DocumentFacts f = extract("2040-04-17", "“猎狐2040”启动半月25名境外逃犯落网\n\n记者从公安部获悉，专项行动进展顺利。");
        assertEquals(Set.of("fox-hunt-2040 fugitives-returned 25 person exact"), outcomes(f));
    }

    @Test
    void leadsListedByCommasAndAnAgencyAssistedIsTheLead() {
        DocumentFacts f = extract("2041-03-10", "会议决定启动“天网2041”行动，由最高人民检察院牵头开展职务犯罪国际追逃追赃专项行动，"
                + "由公安部牵头开展“猎狐行动”。公安机关将配合中国人民银行继续开展预防、打击利用离岸公司和地下钱庄向境外转移赃款专项行动，"
                + "坚决贯彻落实二十届中央纪委三次全会精神，深入开展“猎狐2041”专项行动。");
        assertEquals(Set.of("duty-crime-fugitive-pursuit-2041 supreme-peoples-procuratorate lead",
                "fox-hunt-2041 ministry-of-public-security lead",
                "offshore-companies-and-underground-banks-2041 peoples-bank-of-china lead"),
                roles(f).stream().filter(r -> r.endsWith(" lead")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aChineseDatelineGivesPublisherPlaceAndDate() {
        String text = "新华社北京1月12日电 2040年，“天网2040”行动共追回外逃人员1357人。";
        DocumentFacts f = ExtractorTest.PIPELINE.extract(new org.skynetkg.document.AnnouncementReader().read("t", "t.txt",
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("2041-01-12", String.valueOf(f.document().metadata().published()), "the year after the results'");
        assertEquals("新华社", f.document().metadata().publisher());
        assertEquals("北京", f.document().metadata().place());
        assertEquals(Set.of("sky-net-2040 fugitives-returned 1357 person exact"), outcomes(f));
    }
}
