package org.skynetkg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;

/**
 * A read view whose default graph is the union of the named graphs. TDB2 does this with
 * {@code TDB2.symUnionDefaultGraph}; ARQ's general query engine has no such switch, but it
 * evaluates patterns outside GRAPH against {@link #getDefaultGraph()}. The {@link DatasetGraphWrapperView}
 * marker stops ARQ from unwrapping this view and querying the storage directly.
 */
final class UnionDefaultGraph extends DatasetGraphWrapper implements DatasetGraphWrapperView {

    UnionDefaultGraph(DatasetGraph storage) {
        super(storage);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }
}
