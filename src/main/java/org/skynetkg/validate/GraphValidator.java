package org.skynetkg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.compose.DisjointUnion;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.validation.ValidationProc;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphReadOnly;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.core.Prologue;
import org.skynetkg.SkynetException;
import org.skynetkg.rdf.HashGraph;
import org.skynetkg.rdf.Iris;
import org.skynetkg.rdf.Prefixes;
import org.skynetkg.rdf.ReferenceData;
import org.skynetkg.vocab.SKGSH;

/**
 * Checks a document's graph against the shapes of {@code ontology/shapes.ttl}. The shapes speak of concept
 * schemes, series and gazetteer agencies that live in the ontology and the reference data, so the document
 * is validated as a read-only union with those background graphs; the document graph itself is not changed.
 */
public final class GraphValidator {
    public static final String SHAPES = "ontology/shapes.ttl";

    private final Shapes shapes;
    private final PreparedSparqlConstraints sparql;
    private final Graph background;
    private final PrefixMap prefixes;

    /** Validates against {@code shapes}, with {@code background} graphs (ontology, reference data) merged in. */
    public GraphValidator(Graph shapes, List<Graph> background, Iris iris) {
        Objects.requireNonNull(shapes, "shapes");
        this.sparql = PreparedSparqlConstraints.of(Shapes.parse(shapes), shapes);
        this.shapes = Shapes.parse(sparql.remainder(shapes));
        this.background = merge(background);
        this.prefixes = Prefixes.add(PrefixMapFactory.create(), Objects.requireNonNull(iris, "iris"));
        this.prefixes.add("skgsh", SKGSH.NS);
        this.prefixes.add("sh", SHACL.getURI());
    }

    /** The shipped shapes, with the jar's ontology and the reference data parsed with {@code iris}'s base. */
    public static GraphValidator create(Iris iris) {
        return new GraphValidator(shapesGraph(), List.of(ReferenceData.ontology().getGraph(),
                ReferenceData.reference(iris).getGraph()), iris);
    }

    /** The shipped shapes, with the ontology and reference data already parsed (with {@code iris}'s base). */
    public static GraphValidator create(Iris iris, Graph ontology, Graph reference) {
        return new GraphValidator(shapesGraph(), List.of(ontology, reference), iris);
    }

    /** The shapes graph shipped in the jar. */
    public static Graph shapesGraph() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = GraphValidator.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new SkynetException("shapes not found on the classpath: " + SHAPES);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException | RiotException e) {
            throw new SkynetException(SHAPES + ": " + e.getMessage(), e);
        }
        return g;
    }

    public ValidationResult validate(Graph document) {
        Objects.requireNonNull(document, "document");
        // Two graphs, not three: every find of the validator goes to each part of the union. A union that removes
        // duplicates keeps a set of the triples of each find; a document rarely restates a background triple, and
        // when it does not, the plain concatenation of both graphs is the same union without that cost.
        Graph union = new GraphReadOnly(overlaps(document) ? new Union(document, background)
                : new DisjointUnion(document, background));
        // Only the focus nodes the document mentions: the background is the same for every document (and checked
        // by the tests), and validating its agencies and links again for each document was most of the time spent.
        ValidationContext context = ValidationContext.create(shapes, union);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focus : VLib.focusNodes(union, shape)) {
                if (mentions(document, focus)) {
                    ValidationProc.execValidateShape(context, union, shape, focus);
                    sparql.validate(context, union, shape, focus);
                }
            }
        }
        if (!context.hasViolation()) {
            return ValidationResult.conforming();
        }
        ValidationReport report = context.generateReport();
        List<Violation> violations = report.getEntries().stream().map(this::violation).toList();
        Graph reportGraph = report.getGraph();
        reportGraph.getPrefixMapping().setNsPrefixes(org.apache.jena.riot.system.Prefixes.adapt(prefixes));
        return new ValidationResult(report.conforms(), violations, reportGraph);
    }

    /** The background graphs copied into one, once: they do not change while the validator is used. */
    private static Graph merge(List<Graph> graphs) {
        Graph merged = new HashGraph();
        graphs.forEach(g -> GraphUtil.addInto(merged, g));
        return merged;
    }

    /** True if the document holds a triple that is also in the background graphs. */
    private boolean overlaps(Graph document) {
        return document.find().filterKeep(background::contains).hasNext();
    }

    /** True if {@code node} is a subject or an object of {@code document}: a change there can only affect such nodes. */
    private static boolean mentions(Graph document, Node node) {
        return document.contains(node, Node.ANY, Node.ANY) || document.contains(Node.ANY, Node.ANY, node);
    }

    private Violation violation(ReportEntry e) {
        String path = e.resultPath() == null ? "" : PathWriter.asString(e.resultPath(), new Prologue(
                org.apache.jena.riot.system.Prefixes.adapt(prefixes)));
        return new Violation(name(e.focusNode()), path, e.message(), e.value() == null ? "" : name(e.value()),
                name(e.source()));
    }

    private String name(Node n) {
        return n == null ? "" : NodeFmtLib.str(n, prefixes);
    }
}
