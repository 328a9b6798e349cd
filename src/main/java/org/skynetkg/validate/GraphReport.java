package org.skynetkg.validate;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ValidationReport;

/** The validation of one document graph, by the graph's name (or the file's, for a file of triples). */
public record GraphReport(String name, ValidationResult result) {
    /** Each violation as one line naming the graph. */
    public List<String> lines() {
        return result.lines().stream().map(line -> name + ": " + line).toList();
    }

    /** One {@code sh:ValidationReport} holding the results of all the reports, for tools that expect one. */
    public static Graph combined(List<GraphReport> reports) {
        ValidationReport.Builder builder = ValidationReport.create();
        for (GraphReport r : reports) {
            builder.addPrefixes(r.result().reportGraph().getPrefixMapping());
            ValidationReport.fromGraph(r.result().reportGraph()).getEntries().forEach(builder::addReportEntry);
        }
        return builder.build().getGraph();
    }
}
