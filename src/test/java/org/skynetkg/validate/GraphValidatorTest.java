package org.skynetkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skynetkg.load.Pipeline;
import org.skynetkg.rdf.ReferenceData;
import org.skynetkg.vocab.SKG;

/** The seed announcement's graph conforms; the same graph with an outcome's unit removed does not. */
class GraphValidatorTest {
    private static final Path SEED = Path.of("data/skynet-2022-launch.txt");
    private static Pipeline pipeline;
    private static GraphValidator validator;

    @BeforeAll
    static void setUp() {
        pipeline = Pipeline.create();
        validator = GraphValidator.create(pipeline.iris());
    }

    private static Graph seedGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        pipeline.toRdf(pipeline.extract(SEED), StreamRDFLib.graph(g));
        return g;
    }

    @Test
    void theSeedAnnouncementConforms() {
        ValidationResult result = validator.validate(seedGraph());
        assertTrue(result.conforms(), String.join("\n", result.lines()));
        assertEquals(List.of(), result.violations());
        assertEquals("conforms", result.summary());
        assertTrue(result.reportGraph().contains(Node.ANY, RDF.type.asNode(), SHACL.ValidationReport));
        assertTrue(result.reportGraph().contains(Node.ANY, SHACL.conforms, NodeFactory.createLiteralDT("true", XSDDatatype.XSDboolean)));
        assertEquals(2, result.reportGraph().size());
    }

    @Test
    void anOutcomeWithoutUnitIsOneReadableViolation() {
        Graph g = seedGraph();
        Node outcome = g.find(Node.ANY, RDF.type.asNode(), SKG.Outcome.asNode()).next().getSubject();
        g.remove(outcome, SKG.unit.asNode(), Node.ANY);
        long size = g.size();

        ValidationResult result = validator.validate(g);

        assertFalse(result.conforms());
        Violation v = result.violations().get(0);
        assertEquals(1, result.violations().size(), String.join("\n", result.lines()));
        assertEquals("<" + outcome.getURI() + ">", v.focusNode());
        assertEquals("skg:unit", v.path());
        assertEquals("An outcome has exactly one unit (skg:unit).", v.message());
        assertEquals("skgsh:OutcomeUnitShape", v.shape());
        assertEquals("1 SHACL violation: " + v.line(), result.summary());
        assertTrue(result.reportGraph().contains(Node.ANY, SHACL.conforms, NodeFactory.createLiteralDT("false", XSDDatatype.XSDboolean)));
        assertEquals(size, g.size(), "validation changed the document graph");
    }

    /** The validator checks only the nodes a document mentions, so the background must conform on its own. */
    @Test
    void theOntologyAndTheReferenceDataConformOnTheirOwn() {
        for (Graph background : List.of(ReferenceData.ontology().getGraph(), pipeline.reference().getGraph())) {
            ValidationResult result = validator.validate(background);
            assertTrue(result.conforms(), String.join("\n", result.lines()));
        }
    }

    /** A gazetteer agency the document says something about is checked with what the document says. */
    @Test
    void aBackgroundNodeTheDocumentMentionsIsChecked() {
        Node agency = pipeline.reference().getGraph().find(Node.ANY, RDF.type.asNode(), SKG.Agency.asNode()).next().getSubject();
        Graph g = seedGraph();
        g.add(agency, OWL.sameAs.asNode(), NodeFactory.createURI("http://example.org/not-wikidata"));

        ValidationResult result = validator.validate(g);

        assertFalse(result.conforms());
        assertEquals("skgsh:SameAsShape", result.violations().get(0).shape(), String.join("\n", result.lines()));
        assertEquals("<" + agency.getURI() + ">", result.violations().get(0).focusNode());
    }

    /**
     * A document that restates triples of the background is validated over a union that removes the duplicates; the
     * others over the plain concatenation of both graphs. Either way the result is the same.
     */
    @Test
    void restatingBackgroundTriplesChangesNothing() {
        Graph seed = seedGraph();
        Node outcome = seed.find(Node.ANY, RDF.type.asNode(), SKG.Outcome.asNode()).next().getSubject();
        Triple unit = seed.find(outcome, SKG.unit.asNode(), Node.ANY).next();
        Node agency = pipeline.reference().getGraph().find(Node.ANY, RDF.type.asNode(), SKG.Agency.asNode()).next().getSubject();
        Graph restating = seedGraph();
        pipeline.reference().getGraph().find(agency, Node.ANY, Node.ANY).forEachRemaining(restating::add);
        assertTrue(validator.validate(restating).conforms());

        seed.delete(unit);
        restating.delete(unit);
        List<Violation> expected = validator.validate(seed).violations();
        assertEquals(1, expected.size());
        assertEquals(expected, validator.validate(restating).violations());
    }

    @Test
    void theBackgroundIsNotWrittenThrough() {
        Graph g = seedGraph();
        Triple any = g.find().next();
        validator.validate(g);
        assertTrue(g.contains(any));
        assertEquals(seedGraph().size(), g.size());
    }
}
