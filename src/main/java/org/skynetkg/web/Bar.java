package org.skynetkg.web;

import java.math.BigDecimal;
import org.apache.jena.graph.Node;

/**
 * One bar of a chart: the figure shown for one operation of one year, from the latest document giving one.
 *
 * @param qualifierLabel "at least", "about"; empty for an exact figure
 * @param periodEnd the end of the period the figure covers when it is not the whole operation, else empty
 * @param differs whether another document gives a different figure for the same operation
 */
record Bar(Node operation, String operationName, String year, BigDecimal value, String qualifierLabel,
           String periodEnd, Node document, String issued, boolean differs) {

    /** The figure as the chart writes it beside the bar: "1,482", "at least 1,500", "12.5 billion". */
    String valueText() {
        return (qualifierLabel.isEmpty() ? "" : qualifierLabel + " ") + Numbers.compact(value)
                + (periodEnd.isEmpty() ? "" : " (to " + periodEnd + ")") + (differs ? " *" : "");
    }
}
