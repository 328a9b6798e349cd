package org.skynetkg.store;

import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Empties named graphs inside the caller's write transaction, through {@link DatasetGraph#removeGraph}. Not
 * {@code deleteAny}: TDB2 5.6 reads an inlined {@code "412"^^xsd:decimal} back as {@code "412.0"}, a node it then
 * cannot find to delete (GH-3404), so {@code deleteAny} leaves such figures behind; {@code removeGraph} deletes
 * them. This version writes decimals in the canonical form that survives the round trip, but a store written by an
 * earlier one may hold the other form.
 */
final class GraphEraser {
    private GraphEraser() {}

    /** Returns the number of quads removed. */
    static long erase(DatasetGraph dsg, Node graphName) {
        long removed = Iter.count(dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY));
        dsg.removeGraph(graphName);
        return removed;
    }

    /** Empties every named graph and the default graph. */
    static void eraseAll(DatasetGraph dsg) {
        List<Node> names = Iter.toList(dsg.listGraphNodes());
        names.forEach(dsg::removeGraph);
        dsg.getDefaultGraph().clear();
    }
}
