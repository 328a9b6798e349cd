package org.skynetkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.skynetkg.rdf.Iris;
import org.skynetkg.rdf.ReferenceData;

/**
 * The curated links (links.ttl and the CNY unit in the ontology) are exactly the verified identifiers: every
 * verified row with an entity is linked, and nothing else is (no invented Wikidata id or DBpedia title).
 */
class VerifiedLinksTest {
    static final String BASE = Iris.DEFAULT_BASE;

    @Test
    void curatedLinksAreExactlyTheVerifiedOnes() throws IOException {
        Set<String> expected = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/links/verified-links.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.startsWith("entity\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                String entity = f[0].startsWith("vocab/") ? "https://w3id.org/skynet-kg/" + f[0] : BASE + f[0];
                if (!f[1].isEmpty()) {
                    expected.add(entity + " http://www.wikidata.org/entity/" + f[1]);
                }
                expected.add(entity + " http://dbpedia.org/resource/" + f[2]);
            }
        }
        Model all = ReferenceData.reference(Iris.defaults()).add(ReferenceData.ontology());
        Set<String> actual = new TreeSet<>();
        all.listStatements(null, OWL.sameAs, (org.apache.jena.rdf.model.RDFNode) null)
                .andThen(all.listStatements(null, SKOS.exactMatch, (org.apache.jena.rdf.model.RDFNode) null))
                .forEachRemaining(s -> actual.add(s.getSubject().getURI() + " " + s.getObject().asResource().getURI()));
        assertEquals(expected, actual);
    }
}
