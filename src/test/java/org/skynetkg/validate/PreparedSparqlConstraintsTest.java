package org.skynetkg.validate;

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
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.skynetkg.rdf.Iris;
import org.skynetkg.rdf.ReferenceData;

/**
 * SHACL-SPARQL constraints evaluated with a plan prepared once give the same report entries as Jena's own engine,
 * which plans the query for every focus node; constraints that cannot be prepared are left to Jena's engine.
 */
class PreparedSparqlConstraintsTest {
    private static final Path EXAMPLES = Path.of("src/test/resources/shapes");
    private static final String PREFIXES = """
            PREFIX sh: <http://www.w3.org/ns/shacl#>
            PREFIX ex: <http://example.org/>
            """;

    static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        }
    }

    /** Every shape example, valid and invalid, gets the same entries from both engines. */
    @ParameterizedTest
    @MethodSource("examples")
    void sameEntriesAsJenasEngineOnTheShapeExamples(Path example) {
        Iris iris = Iris.defaults();
        Graph ontology = ReferenceData.ontology().getGraph();
        Graph reference = ReferenceData.reference(iris).getGraph();
        Graph document = RDFParser.source(example).toGraph();

        ValidationResult ours = GraphValidator.create(iris, ontology, reference).validate(document);
        ValidationReport jena = ShaclValidator.get().validate(Shapes.parse(GraphValidator.shapesGraph()),
                new MultiUnion(new Graph[] {document, ontology, reference}));

        assertEquals(entries(jena.getGraph()), entries(ours.reportGraph()), example.getFileName().toString());
    }

    @Test
    void aMessageTemplateIsFilledFromTheRow() {
        ValidationResult result = validate("""
                ex:NamedShape a sh:NodeShape ; sh:targetClass ex:Thing ;
                    sh:sparql [ sh:select "SELECT $this ?value WHERE { $this <http://example.org/name> ?value }" ;
                                sh:message "{$this} is named {?value}" ] .
                """, "<http://example.org/a> a <http://example.org/Thing> ; <http://example.org/name> \"Alpha\" .");

        assertFalse(result.conforms());
        assertEquals(List.of("<http://example.org/a> is named Alpha"),
                result.violations().stream().map(Violation::message).toList());
    }

    @Test
    void aConstraintUsingPathIsLeftToJenasEngine() {
        ValidationResult result = validate("""
                ex:PathShape a sh:PropertyShape ; sh:targetClass ex:Thing ; sh:path ex:name ;
                    sh:sparql [ sh:select "SELECT $this ?value WHERE { $this $PATH ?value }" ] .
                """, "<http://example.org/a> a <http://example.org/Thing> ; <http://example.org/name> \"Alpha\" .");

        assertFalse(result.conforms());
        assertEquals("\"Alpha\"", result.violations().get(0).value());
    }

    @Test
    void aNestedShapeIsLeftToJenasEngine() {
        String shapes = """
                ex:Outer a sh:NodeShape ; sh:targetClass ex:Thing ; sh:node ex:Inner .
                ex:Inner a sh:NodeShape ; sh:targetClass ex:Other ;
                    sh:sparql [ sh:select "SELECT $this WHERE { $this <http://example.org/bad> true }" ] .
                """;
        Graph g = parse(PREFIXES + shapes);
        assertTrue(PreparedSparqlConstraints.of(Shapes.parse(g), g).remainder(g).contains(Node.ANY, SHACL.sparql, Node.ANY),
                "the sh:sparql of a shape another shape refers to stays for Jena's engine");

        ValidationResult result = validate(shapes,
                "<http://example.org/a> a <http://example.org/Thing> ; <http://example.org/bad> true .");
        assertFalse(result.conforms(), "checked through sh:node");
    }

    @Test
    void aConformingGraphHasNoEntries() {
        ValidationResult result = validate("""
                ex:NamedShape a sh:NodeShape ; sh:targetClass ex:Thing ;
                    sh:sparql [ sh:select "SELECT $this WHERE { $this <http://example.org/bad> true }" ] .
                """, "<http://example.org/a> a <http://example.org/Thing> ; <http://example.org/bad> false .");

        assertTrue(result.conforms(), String.join("\n", result.lines()));
    }

    private static ValidationResult validate(String shapes, String data) {
        GraphValidator validator = new GraphValidator(parse(PREFIXES + shapes), List.of(), Iris.defaults());
        return validator.validate(parse(data));
    }

    private static Graph parse(String turtle) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(turtle, Lang.TURTLE).parse(g);
        return g;
    }

    /** The entries of a report graph, as read back from it: focus, path, value, shape, message, component. */
    private static Set<String> entries(Graph reportGraph) {
        return ValidationReport.fromGraph(reportGraph).getEntries().stream()
                .map(e -> e.focusNode() + " " + e.resultPath() + " " + e.value() + " " + e.source() + " " + e.message()
                        + " " + e.sourceConstraintComponent())
                .collect(Collectors.toSet());
    }
}
