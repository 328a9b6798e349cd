package org.skynetkg.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;

/** One value, with its qualifier, that one or more announcements report for a statement. */
record ReportedValue(BigDecimal value, String qualifier, List<Report> reports) {

    Node literal() {
        return reports.get(0).literal();
    }

    Set<Node> documents() {
        return reports.stream().map(Report::document).collect(Collectors.toSet());
    }

    int authority() {
        return reports.stream().mapToInt(Report::authority).max().orElse(0);
    }

    LocalDate latest() {
        return reports.stream().map(Report::issued).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    boolean exact() {
        return qualifier.equals("exact");
    }

    /** The canonical plain form of the value, for IRIs and labels: "3517", "5430000000". */
    String plain() {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
