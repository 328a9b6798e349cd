package org.skynetkg.statements;

import java.util.List;
import org.apache.jena.graph.Node;

/**
 * What a statement rests on: the outcomes of the document graphs that name it ({@code ?outcome skg:statement ?s})
 * and what they share, operation, measure, unit and reference period.
 */
record Sources(Node statement, Node operation, Node measure, Node unit, Interval period, List<Report> reports) {

    boolean money() {
        return !unit.getURI().endsWith("/person");
    }
}
