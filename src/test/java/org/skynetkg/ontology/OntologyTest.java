package org.skynetkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.SKGV;

/** The ontology document: terms documented, in step with the Java vocabulary, schemes complete. */
class OntologyTest {
    private static final String ONTOLOGY_IRI = "https://w3id.org/skynet-kg/ontology";
    private static final List<Resource> PROPERTY_TYPES =
            List.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty);
    private static final List<Resource> TERM_TYPES =
            List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty);

    private static Model ontology;

    @BeforeAll
    static void parse() {
        ontology = RDFParser.source("ontology/skynet-kg.ttl").toModel();
    }

    @Test
    void ontologyHasItsHeader() {
        Resource header = ontology.createResource(ONTOLOGY_IRI);
        assertTrue(ontology.contains(header, RDF.type, OWL.Ontology));
        assertEquals("0.1.0", header.getProperty(OWL.versionInfo).getString());
    }

    @Test
    void everySkgTermHasAnEnglishLabelADefinitionAndItsDefiningOntology() {
        List<Resource> terms = skgTerms();
        assertFalse(terms.isEmpty(), "no skg: terms declared");
        for (Resource term : terms) {
            assertTrue(hasEnglish(term, RDFS.label), term + " has no @en rdfs:label");
            assertTrue(hasEnglish(term, SKOS.definition), term + " has no @en skos:definition");
            assertTrue(term.hasProperty(RDFS.isDefinedBy, ontology.createResource(ONTOLOGY_IRI)),
                    term + " has no rdfs:isDefinedBy <" + ONTOLOGY_IRI + ">");
        }
    }

    @Test
    void everyTermOfTheJavaVocabularyIsDeclaredWithTheRightKind() throws IllegalAccessException {
        for (Field field : SKG.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !Resource.class.isAssignableFrom(field.getType())) {
                continue;
            }
            Resource term = (Resource) field.get(null);
            boolean declared = term instanceof Property
                    ? PROPERTY_TYPES.stream().anyMatch(type -> ontology.contains(term, RDF.type, type))
                    : ontology.contains(term, RDF.type, OWL.Class);
            assertTrue(declared, "SKG." + field.getName() + " <" + term + "> is not declared in the ontology");
        }
    }

    @Test
    void everySkgTermOfTheOntologyIsInTheJavaVocabulary() throws IllegalAccessException {
        List<String> java = new ArrayList<>();
        for (Field field : SKG.class.getFields()) {
            if (Resource.class.isAssignableFrom(field.getType())) {
                java.add(((Resource) field.get(null)).getURI());
            }
        }
        for (Resource term : skgTerms()) {
            assertTrue(java.contains(term.getURI()), "<" + term + "> has no field in org.skynetkg.vocab.SKG");
        }
    }

    @Test
    void everySchemeHasExactlyItsCodesOnceEach() {
        Map<Resource, Set<String>> codes = Map.of(
                SKGV.measure, Set.of("fugitives-returned", "red-notice-fugitives-returned", "officials-returned",
                        "assets-recovered", "most-wanted-fugitives-returned", "extradited", "repatriated",
                        "persuaded-to-return", "arrested-abroad", "prosecuted-abroad", "caught-at-border",
                        "caught-at-home", "surrendered"),
                SKGV.role, Set.of("lead", "partner", "announcer", "organizer"),
                SKGV.qualifier, Set.of("exact", "atLeast", "about"),
                SKGV.unit, Set.of("person", "CNY", "USD"));
        Map<Resource, Resource> classOf = Map.of(SKGV.measure, SKG.Measure, SKGV.role, SKG.Role,
                SKGV.qualifier, SKG.Qualifier, SKGV.unit, SKG.Unit);
        for (var entry : codes.entrySet()) {
            Resource scheme = entry.getKey();
            assertTrue(ontology.contains(scheme, RDF.type, SKOS.ConceptScheme), scheme + " is not a scheme");
            Set<String> inScheme = ontology.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().stream()
                    .map(concept -> concept.getProperty(SKOS.notation).getString())
                    .collect(Collectors.toSet());
            assertEquals(entry.getValue(), inScheme, "codes of " + scheme);
            for (String code : entry.getValue()) {
                Literal notation = ontology.createLiteral(code);
                List<Resource> concepts = ontology.listSubjectsWithProperty(SKOS.notation, notation).toList();
                assertEquals(List.of(SKGV.concept(scheme, code)), concepts, "concepts with notation \"" + code + "\"");
                Resource concept = concepts.get(0);
                assertTrue(concept.hasProperty(RDF.type, SKOS.Concept), concept + " is not a skos:Concept");
                assertTrue(concept.hasProperty(RDF.type, classOf.get(scheme)), concept + " lacks its skg class");
                // A breakdown of a measure (how fugitives were returned) sits under it; every other concept is a top one.
                assertTrue(concept.hasProperty(SKOS.topConceptOf, scheme) != concept.hasProperty(SKOS.broader),
                        concept + " is neither a top concept nor under one");
                assertTrue(hasEnglish(concept, SKOS.prefLabel), concept + " has no @en prefLabel");
                assertTrue(hasEnglish(concept, SKOS.definition), concept + " has no @en definition");
            }
        }
    }

    @Test
    void everySkgTermTheShapesUseIsDeclared() {
        Model shapes = RDFParser.source("ontology/shapes.ttl").toModel();
        Set<Resource> declared = Set.copyOf(skgTerms());
        shapes.listStatements().forEach(st -> Stream.of(st.getPredicate(), st.getObject())
                .filter(n -> n.isURIResource() && n.asResource().getURI().startsWith(SKG.NS))
                .forEach(n -> assertTrue(declared.contains(n.asResource()),
                        "shapes.ttl uses <" + n + ">, which the ontology does not declare")));
    }

    private static List<Resource> skgTerms() {
        return TERM_TYPES.stream()
                .flatMap(type -> ontology.listSubjectsWithProperty(RDF.type, type).toList().stream())
                .filter(term -> term.isURIResource() && term.getURI().startsWith(SKG.NS))
                .distinct()
                .toList();
    }

    private static boolean hasEnglish(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream()
                .map(statement -> statement.getObject())
                .filter(RDFNode::isLiteral)
                .anyMatch(node -> node.asLiteral().getLanguage().equals("en"));
    }
}
