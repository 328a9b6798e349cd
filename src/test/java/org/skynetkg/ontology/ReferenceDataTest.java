package org.skynetkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skynetkg.vocab.ORG;
import org.skynetkg.vocab.SKG;

/** The gazetteer and links in ontology/reference: parse under any base, unambiguous, well-formed links. */
class ReferenceDataTest {
    private static final String BASE = "https://w3id.org/skynet-kg/";
    private static final Pattern WIKIDATA = Pattern.compile("^http://www\\.wikidata\\.org/entity/Q[0-9]+$");
    private static final Pattern DBPEDIA = Pattern.compile("^http://dbpedia\\.org/resource/\\S+$");

    private static Model read(String file, String base) {
        return RDFParser.source("ontology/reference/" + file).base(base).toModel();
    }

    @ParameterizedTest
    @ValueSource(strings = {"agencies.ttl", "places.ttl", "series.ttl", "links.ttl"})
    void dataIrisAreRelativeToTheConfiguredBase(String file) {
        assertFalse(read(file, BASE).isEmpty(), file + " is empty");
        String otherBase = "http://example.org/kg/";
        for (Resource subject : read(file, otherBase).listSubjects().toList()) {
            assertTrue(subject.getURI().startsWith(otherBase + "id/"), file + ": " + subject + " ignores the base");
        }
    }

    @Test
    void everyOrganisationHasOnePrefLabelMirroredByRdfsLabel() {
        for (Resource organisation : organisations()) {
            // One English prefLabel, mirrored by rdfs:label; at most one Chinese one beside it (SKOS: one per language).
            List<RDFNode> chinese = organisation.listProperties(SKOS.prefLabel).mapWith(s -> s.getObject())
                    .filterKeep(o -> o.asLiteral().getLanguage().equals("zh")).toList();
            assertTrue(chinese.size() <= 1, organisation + " Chinese prefLabels " + chinese);
            List<RDFNode> prefLabels = organisation.listProperties(SKOS.prefLabel).mapWith(s -> s.getObject())
                    .filterDrop(o -> o.asLiteral().getLanguage().equals("zh")).toList();
            assertEquals(1, prefLabels.size(), organisation + " prefLabels " + prefLabels);
            assertEquals("en", prefLabels.get(0).asLiteral().getLanguage(), organisation + " prefLabel language");
            assertEquals(List.of(prefLabels.get(0)),
                    organisation.listProperties(RDFS.label).mapWith(s -> s.getObject()).toList(),
                    organisation + " rdfs:label");
        }
    }

    @Test
    void noTwoNamesOfOrganisationsCollide() {
        // Labels are matched case-insensitively, so a case variant is a collision too, even on one organisation.
        Map<String, Resource> labels = new HashMap<>();
        Map<String, Resource> abbreviations = new HashMap<>();
        for (Resource organisation : organisations()) {
            for (String label : strings(organisation, SKOS.prefLabel, SKOS.altLabel)) {
                Resource other = labels.put(label.toLowerCase(Locale.ROOT), organisation);
                assertEquals(null, other, "label \"" + label + "\" of " + organisation + " also names " + other);
            }
            for (String abbreviation : strings(organisation, SKG.abbreviation)) {
                Resource other = abbreviations.put(abbreviation, organisation);
                assertEquals(null, other, "abbreviation " + abbreviation + " of " + organisation + " also names " + other);
            }
        }
    }

    @Test
    void linksAreWellFormedAndAboutKnownEntities() {
        Model links = read("links.ttl", BASE);
        Model entities = read("agencies.ttl", BASE).add(read("places.ttl", BASE)).add(read("series.ttl", BASE));
        assertFalse(links.isEmpty());
        links.listStatements().forEach(link -> {
            assertTrue(link.getPredicate().equals(OWL.sameAs) || link.getPredicate().equals(SKOS.exactMatch),
                    "unexpected link property " + link);
            assertTrue(entities.containsResource(link.getSubject()), "link about an unknown entity: " + link);
            String target = link.getObject().asResource().getURI();
            assertTrue(WIKIDATA.matcher(target).matches() || DBPEDIA.matcher(target).matches(),
                    "not a Wikidata entity or DBpedia resource: " + target);
        });
    }

    @Test
    void seriesAreConceptsOfSkyNet() {
        Model series = read("series.ttl", BASE);
        Resource skyNet = series.createResource(BASE + "id/series/sky-net");
        for (Resource s : series.listSubjectsWithProperty(RDF.type, SKG.OperationSeries).toList()) {
            assertEquals(1, s.listProperties(SKOS.prefLabel).filterDrop(p -> p.getLanguage().equals("zh")).toList().size(),
                    s + " English prefLabels");
            assertTrue(s.equals(skyNet) || s.hasProperty(SKG.componentOf, skyNet), s + " is not a component of Sky Net");
        }
    }

    private static List<Resource> organisations() {
        Model agencies = read("agencies.ttl", BASE);
        List<Resource> all = agencies.listSubjectsWithProperty(RDF.type, SKG.Agency)
                .andThen(agencies.listSubjectsWithProperty(RDF.type, ORG.Organization)).toList();
        assertEquals(agencies.listSubjects().toList().size(), all.stream().distinct().count(),
                "every subject of agencies.ttl is a skg:Agency or an org:Organization");
        return all.stream().distinct().toList();
    }

    private static List<String> strings(Resource subject, Property... properties) {
        return List.of(properties).stream()
                .flatMap(p -> subject.listProperties(p).toList().stream())
                .map(s -> s.getString())
                .toList();
    }
}
