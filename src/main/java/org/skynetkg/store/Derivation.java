package org.skynetkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A graph derived from others (e.g. one statement per fact from the document graphs), kept up to date inside the
 * write transaction that changes what it is derived from: readers never see the one without the other. Register
 * it with {@link KnowledgeStore#derive}.
 */
public interface Derivation {

    /** Starts following one write transaction on {@code dsg}. */
    Tracker track(DatasetGraph dsg);

    /** Derives everything again from {@code dsg}, inside the caller's write transaction (after a bulk load). */
    void rebuild(DatasetGraph dsg);

    /** What one write transaction changes, told as it happens. */
    interface Tracker {
        /** {@code graphName} is about to be emptied and written again (or only emptied). */
        void replacing(Node graphName);

        /** {@code graphName} has been written. */
        void replaced(Node graphName);

        /** The work of the transaction is done; it commits when this returns and aborts if it throws. */
        void finish();
    }
}
