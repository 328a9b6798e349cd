package org.skynetkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Sends the triples written to it on as quads of one named graph. */
public final class GraphNaming extends StreamRDFWrapper {
    private final Node graph;

    public GraphNaming(StreamRDF other, Node graph) {
        super(other);
        this.graph = graph;
    }

    @Override
    public void triple(Triple triple) {
        super.quad(Quad.create(graph, triple));
    }
}
