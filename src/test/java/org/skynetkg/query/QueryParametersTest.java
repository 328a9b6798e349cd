package org.skynetkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.skynetkg.SkynetException;

class QueryParametersTest {
    static final String FEDERATED = "SELECT * { ?s ?p ?o SERVICE <urn:skynet-kg:param:wikidata> { ?o ?q ?r } }";

    @Test
    void replacesThePlaceholderIriInTheParsedQuery() {
        String q = QueryParameters.substitute(FEDERATED, Map.of("wikidata", "https://query.example.org/sparql"));
        assertTrue(q.contains("SERVICE <https://query.example.org/sparql>"), q);
        QueryFactory.create(q);
    }

    @Test
    void aQueryWithoutPlaceholdersIsLeftAlone() {
        String text = "# comment\nSELECT * { ?s ?p ?o }";
        assertEquals(text, QueryParameters.substitute(text, Map.of()));
    }

    @Test
    void refusesValuesThatAreNotAbsoluteHttpIris() {
        for (String bad : new String[] {"ftp://example.org/sparql", "/relative", "http://x> } ; DROP ALL #",
                "http://example.org/a b", "urn:skynet-kg:param:wikidata", "file:///etc/passwd"}) {
            SkynetException e = assertThrows(SkynetException.class,
                    () -> QueryParameters.substitute(FEDERATED, Map.of("wikidata", bad)), bad);
            assertEquals("parameter wikidata: '" + bad + "' is not an absolute http(s) IRI", e.getMessage());
        }
    }

    @Test
    void aMissingOrUnusedParameterIsAnError() {
        assertEquals("the query needs a value for <urn:skynet-kg:param:wikidata>: give --param wikidata=URL",
                assertThrows(SkynetException.class, () -> QueryParameters.substitute(FEDERATED, Map.of())).getMessage());
        assertEquals("parameter 'dbpedia' is not used: the query has no <urn:skynet-kg:param:dbpedia>",
                assertThrows(SkynetException.class, () -> QueryParameters.substitute(FEDERATED,
                        Map.of("wikidata", "http://a.example/s", "dbpedia", "http://b.example/s"))).getMessage());
    }
}
