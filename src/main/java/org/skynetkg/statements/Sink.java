package org.skynetkg.statements;

import org.apache.jena.graph.Node;

/** Where the statements graph is written: the store in a write transaction, or a bulk load's stream. */
@FunctionalInterface
interface Sink {
    void add(Node subject, Node predicate, Node object);
}
