package org.skynetkg.store;

import java.util.List;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Empties a named graph inside the caller's write transaction. On TDB2 the rows are deleted by their stored ids:
 * TDB2 5.6 reads an inlined {@code "412"^^xsd:decimal} back as {@code "412.0"}, which it then cannot find to
 * delete, so {@code deleteAny} silently left every whole-number figure of a replaced document behind.
 */
final class GraphEraser {
    private GraphEraser() {}

    /** Returns the number of quads removed. */
    static long erase(DatasetGraph dsg, Node graphName) {
        if ( TDBInternal.isTDB2(dsg) ) {
            NodeTupleTable quads = TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable();
            List<Tuple<NodeId>> rows = Iter.toList(quads.findAsNodeIds(graphName, null, null, null));
            quads.getTupleTable().deleteAll(rows);
            return rows.size();
        }
        long removed = Iter.count(dsg.find(graphName, Node.ANY, Node.ANY, Node.ANY));
        dsg.deleteAny(graphName, Node.ANY, Node.ANY, Node.ANY);
        return removed;
    }
}
