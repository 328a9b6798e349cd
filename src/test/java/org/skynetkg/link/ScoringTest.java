package org.skynetkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringTest {
    static final Entity PBOC = new Entity("urn:x:pboc", "People's Bank of China", Set.of("People's Bank of China", "PBOC"), Kind.AGENCY);
    static final Entity BEIJING = new Entity("urn:x:beijing", "Beijing", Set.of("Beijing"), Kind.PLACE);

    @Test
    void normalisesCaseApostrophesTheQualifiersAndLegalForms() {
        assertEquals("peoples bank of china", LabelNormaliser.normalise("The People\u2019s Bank of China"));
        assertEquals("ministry of public security", LabelNormaliser.normalise("Ministry of Public Security (China)"));
        assertEquals("acme", LabelNormaliser.normalise("ACME Co., Ltd."));
        assertEquals("sky net", LabelNormaliser.normalise("Sky-Net"));
    }

    @Test
    void anExactNormalisedMatchIsOneAndANearMatchLess() {
        assertEquals(1.0, Similarity.labels("People's Bank of China", "the peoples bank of china"));
        double near = Similarity.labels("Supreme People's Procuratorate", "Supreme People's Procuratorate of the PRC");
        assertTrue(near > 0.7 && near < 0.9, "near: " + near);
        assertTrue(Similarity.labels("Beijing", "Shanghai") < 0.5);
    }

    @Test
    void typesAddABonusOrAPenalty() {
        assertEquals(1.0, LinkProposer.score(PBOC, new Candidate("urn:y:1", Set.of("People's Bank of China"),
                Set.of("https://schema.org/GovernmentOrganization"))).score());
        assertEquals(1.0, LinkProposer.score(PBOC, new Candidate("urn:y:2", Set.of("People's Bank of China"), Set.of())).score());
        assertEquals(0.75, LinkProposer.score(BEIJING, new Candidate("urn:y:3", Set.of("Beijing"),
                Set.of("https://schema.org/Movie"))).score());
        assertEquals(1.0, LinkProposer.score(BEIJING, new Candidate("urn:y:4", Set.of("Beijing"),
                Set.of("http://dbpedia.org/ontology/City"))).score());
    }

    @Test
    void twoSureCandidatesForOneEntityAreBothLeftToReview() {
        Proposal a = new Proposal("urn:x:pboc", "PBOC", "urn:y:1", "People's Bank of China", 1.0);
        Proposal b = new Proposal("urn:x:pboc", "PBOC", "urn:y:2", "People's Bank of China", 0.95);
        LinkProposer.Routing r = LinkProposer.route(java.util.List.of(a, b), 0.9);
        assertEquals(0, r.links().size());
        assertEquals(2, r.review().size());
    }
}
