package org.skynetkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A graph derived from others (e.g. one statement per fact from the document graphs), kept up to date inside the
 * write transaction that changes what it is derived from: readers never see the one without the other. Register
 * it with {@link KnowledgeStore#derive}.
 */
public interface Derivation {

    /** Starts following one write transaction on {@code dsg}. */
    Tracker track(DatasetGraph dsg);

    /** Follows a bulk load into an empty store: sees every quad loaded, then adds the derived ones to the load. */
    Bulk bulk();

    /** What one write transaction changes, told as it happens. */
    interface Tracker {
        /** {@code graphName} is about to be emptied and written again (or only emptied). */
        void replacing(Node graphName);

        /** {@code graphName} has been written. */
        void replaced(Node graphName);

        /** The work of the transaction is done; it commits when this returns and aborts if it throws. */
        void finish();
    }

    /** What a bulk load writes, told quad by quad; the derived quads go into the same load. */
    interface Bulk {
        /** {@code quad} is being loaded. */
        void quad(Quad quad);

        /** Every quad has been seen: writes the derived ones to {@code out}, part of the same bulk load. */
        void finish(StreamRDF out);
    }
}
