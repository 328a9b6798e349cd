package org.skynetkg.load;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;

/** A document extracted, mapped and checked, ready to be written: its result line and, if accepted, its graph. */
record PreparedDocument(DocumentResult result, Node graphName, Graph triples) {

    boolean accepted() {
        return result.ok();
    }

    /** Emits the graph's triples as quads of its named graph. */
    void emitQuads(StreamRDF out) {
        triples.find().forEachRemaining(t -> out.quad(Quad.create(graphName, t)));
    }

    /** The same document refused after all, e.g. because its write failed. */
    PreparedDocument refused(String error) {
        DocumentResult r = result;
        return new PreparedDocument(new DocumentResult(r.source(), null, 0, 0, error, r.warnings()), graphName, null);
    }
}
