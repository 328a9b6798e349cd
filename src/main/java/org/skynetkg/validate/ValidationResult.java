package org.skynetkg.validate;

import java.util.List;
import org.apache.jena.graph.Graph;

/**
 * The outcome of validating one graph: whether it conforms, the violations as readable lines, and the
 * SHACL validation report graph ({@code sh:ValidationReport}) for tools.
 */
public record ValidationResult(boolean conforms, List<Violation> violations, Graph reportGraph) {
    public ValidationResult {
        violations = List.copyOf(violations);
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
