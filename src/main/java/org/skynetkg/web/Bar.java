package org.skynetkg.web;

import java.math.BigDecimal;
import org.apache.jena.graph.Node;

/**
 * One bar of a chart: the headline figure of one operation, as the statements graph gives it.
 *
 * @param qualifierLabel "at least", "about"; empty for an exact figure
 * @param status final, interim or unknown
 * @param periodEnd the end of the reference period when the figure is not final, else empty
 * @param sources the number of documents that give this value or one agreeing with it
 * @param conflicts the number of other values reported for the same operation, measure and period
 */
record Bar(Node operation, String operationName, String year, BigDecimal value, String qualifierLabel, String status,
           String periodEnd, int sources, int conflicts) {

    /** Whether other documents report a value that conflicts with this one. */
    boolean differs() {
        return conflicts > 0;
    }

    /** The figure as the chart writes it beside the bar: "1,482 · 3 sources", "at least 1,500 (interim, to …) *". */
    String valueText() {
        return (qualifierLabel.isEmpty() ? "" : qualifierLabel + " ") + Numbers.compact(value)
                + (periodEnd.isEmpty() ? "" : " (" + status + ", to " + periodEnd + ")")
                + " · " + sources + (sources == 1 ? " source" : " sources") + (differs() ? " *" : "");
    }
}
