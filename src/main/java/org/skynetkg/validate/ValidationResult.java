package org.skynetkg.validate;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.NodeConst;
import org.apache.jena.vocabulary.RDF;

/**
 * The outcome of validating one graph: whether it conforms, the violations as readable lines, and the
 * SHACL validation report graph ({@code sh:ValidationReport}) for tools.
 */
public record ValidationResult(boolean conforms, List<Violation> violations, Graph reportGraph) {
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    /**
     * The result for a graph that conforms: the report is {@code [] a sh:ValidationReport ; sh:conforms true}, built
     * as two triples here rather than by Jena's report builder, which goes through a model for every report.
     */
    public static ValidationResult conforming() {
        Graph report = GraphFactory.createDefaultGraph();
        Node node = NodeFactory.createBlankNode();
        report.add(node, RDF.Nodes.type, SHACL.ValidationReport);
        report.add(node, SHACL.conforms, NodeConst.nodeTrue);
        return new ValidationResult(true, List.of(), report);
    }

    public List<String> lines() {
        return violations.stream().map(Violation::line).toList();
    }

    /** For a refusal message: "N SHACL violations: first line ...". */
    public String summary() {
        if (conforms) {
            return "conforms";
        }
        String first = violations.isEmpty() ? "" : ": " + violations.get(0).line();
        return violations.size() + " SHACL violation" + (violations.size() == 1 ? "" : "s") + first
                + (violations.size() > 1 ? " ..." : "");
    }
}
