package org.skynetkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skynetkg.vocab.SKG;

/** Each unnamed component of Sky Net is recognised by its own clause of the seed announcement, and only by it. */
class CuePatternTest {
    private static final String BASE = "https://w3id.org/skynet-kg/";

    private static Map<String, Pattern> cues() {
        Model series = RDFParser.source("ontology/reference/series.ttl").base(BASE).toModel();
        Map<String, Pattern> cues = new TreeMap<>();
        series.listStatements(null, SKG.cuePattern, (String) null).forEach(s -> cues.put(
                s.getSubject().getURI().substring((BASE + "id/series/").length()),
                Pattern.compile(s.getString(), Pattern.CASE_INSENSITIVE)));
        return cues;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        # clauses of the seed announcement (China News Service, 2022-03-03)
        the State Supervisory Commission took the lead in carrying out the special operation of international pursuit of fugitives and stolen goods for duty-related crimes | duty-crime-fugitive-pursuit
        the People's Bank of China, together with the Ministry of Public Security, carried out a special operation to prevent and crack down on the use of offshore companies and underground banks to transfer illicit money overseas. | offshore-companies-and-underground-banks
        The Supreme People's Court, together with the Supreme People's Procuratorate, carried out special campaigns for criminal suspects, defendants, and death cases to recover stolen goods. | asset-recovery-from-fugitive-and-deceased-suspects
        the Ministry of Public Security carried out the "Fox Hunting" special operation |
        The "Skynet 2021" operation recovered 1,273 fugitives, including 22 "Red Notice" personnel and 318 monitoring objects, and recovered 16.74 billion yuan of stolen money. |
        Escape the high-pressure situation of recovering stolen goods, intensify cross-border corruption governance |
        # names of the fugitive pursuit office, which mention fugitives and recovery
        the Office for International Fugitive Repatriation and Asset Recovery held a meeting |
        the International Fugitive Pursuit and Asset Recovery Office said |
        # other wordings of the asset-recovery campaign
        a campaign for confiscating the illegal gains of fugitive or deceased suspects | asset-recovery-from-fugitive-and-deceased-suspects
        confiscation of illegal gains in cases where criminal suspects or defendants escaped or died | asset-recovery-from-fugitive-and-deceased-suspects
        """)
    void sentenceIsRecognisedByExactlyTheExpectedComponents(String sentence, String expected) {
        List<String> matching = cues().entrySet().stream()
                .filter(cue -> cue.getValue().matcher(sentence).find())
                .map(Map.Entry::getKey)
                .toList();
        assertEquals(expected == null ? List.of() : List.of(expected), matching, sentence);
    }
}
