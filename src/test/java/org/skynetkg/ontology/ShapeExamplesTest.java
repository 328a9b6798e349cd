package org.skynetkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skynetkg.rdf.Iris;
import org.skynetkg.validate.GraphValidator;
import org.skynetkg.validate.ValidationResult;
import org.skynetkg.vocab.SKGSH;

/**
 * Each shape of ontology/shapes.ttl against its two examples in src/test/resources/shapes: the valid one
 * conforms, the invalid one fails that shape and no other. Examples are validated with the ontology and the
 * reference data, as the loader does.
 */
class ShapeExamplesTest {
    private static final Path EXAMPLES = Path.of("src/test/resources/shapes");
    private static GraphValidator validator;

    @BeforeAll
    static void shapes() {
        validator = GraphValidator.create(Iris.defaults());
    }

    static List<String> shapeNames() {
        Model shapes = ModelFactory.createModelForGraph(GraphValidator.shapesGraph());
        return Stream.of(SHACL.NodeShape, SHACL.PropertyShape)
                .flatMap(type -> shapes.listSubjectsWithProperty(RDF.type, shapes.wrapAsResource(type)).toList().stream())
                .filter(Resource::isURIResource)
                .map(shape -> shape.getURI().substring(SKGSH.NS.length()))
                .sorted().toList();
    }

    @ParameterizedTest
    @MethodSource("shapeNames")
    void validExampleConforms(String shape) {
        ValidationResult result = validator.validate(example(shape + "-valid.ttl"));
        assertTrue(result.conforms(), shape + "-valid.ttl: " + result.lines());
    }

    @ParameterizedTest
    @MethodSource("shapeNames")
    void invalidExampleFailsThatShapeOnly(String shape) {
        ValidationResult result = validator.validate(example(shape + "-invalid.ttl"));
        assertFalse(result.conforms(), shape + "-invalid.ttl conforms");
        Set<Node> sources = result.reportGraph().find(Node.ANY, SHACL.sourceShape, Node.ANY)
                .mapWith(t -> t.getObject()).toSet();
        assertEquals(Set.of(SKGSH.shape(shape).asNode()), sources, shape + "-invalid.ttl: " + result.lines());
    }

    @ParameterizedTest
    @MethodSource("shapeNames")
    void everyShapeHasALabelAndAMessage(String shape) {
        Model shapes = ModelFactory.createModelForGraph(GraphValidator.shapesGraph());
        Resource s = shapes.getResource(SKGSH.shape(shape).getURI());
        assertTrue(s.hasProperty(RDFS.label), shape + " has no rdfs:label");
        assertTrue(s.hasProperty(shapes.createProperty(SHACL.message.getURI())), shape + " has no sh:message");
    }

    @Test
    void everyExampleFileIsNamedAfterAShape() throws IOException {
        Set<String> expected = shapeNames().stream()
                .flatMap(s -> Stream.of(s + "-valid.ttl", s + "-invalid.ttl")).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            assertEquals(expected, files.map(f -> f.getFileName().toString()).collect(Collectors.toSet()));
        }
    }

    private static Graph example(String file) {
        return RDFParser.source(EXAMPLES.resolve(file)).toGraph();
    }
}
