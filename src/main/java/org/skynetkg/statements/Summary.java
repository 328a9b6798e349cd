package org.skynetkg.statements;

import org.apache.jena.graph.Node;

/** What a headline figure needs of a statement written: its key, its preferred value and how it stands. */
record Summary(Node statement, Node operation, Node measure, Node unit, Interval period, Node value, String qualifier,
               String status, long sources, long conflicts, String label) {
}
