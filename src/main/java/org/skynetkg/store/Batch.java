package org.skynetkg.store;

import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;

/** Writes inside one write transaction of a {@link KnowledgeStore}; see {@link KnowledgeStore#inWrite}. */
public interface Batch {

    /**
     * Deletes everything in the named graph, then lets {@code writer} emit into a StreamRDF:
     * {@code triple(t)} goes into {@code graphName}, {@code quad(q)} goes into q's own graph.
     */
    ReplaceResult replaceGraph(Node graphName, Consumer<StreamRDF> writer);
}
