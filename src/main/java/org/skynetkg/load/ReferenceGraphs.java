package org.skynetkg.load;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.skynetkg.store.KnowledgeStore;

/** The ontology and the reference data, written to their own graphs with every load so that they follow the jar. */
final class ReferenceGraphs {
    private final Pipeline pipeline;

    ReferenceGraphs(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Replaces both graphs in one write transaction. */
    void replace(KnowledgeStore store) {
        Model ontology = pipeline.ontology();
        Model reference = pipeline.reference();
        store.inWrite(batch -> {
            batch.replaceGraph(pipeline.iris().ontologyGraph(), out -> triples(ontology, out));
            batch.replaceGraph(pipeline.iris().referenceGraph(), out -> triples(reference, out));
        });
    }

    /** Both graphs as quads, e.g. into a bulk loader. */
    void emit(StreamRDF out) {
        quads(pipeline.ontology(), pipeline.iris().ontologyGraph(), out);
        quads(pipeline.reference(), pipeline.iris().referenceGraph(), out);
    }

    private static void triples(Model m, StreamRDF out) {
        m.getGraph().find().forEachRemaining(out::triple);
    }

    private static void quads(Model m, Node graph, StreamRDF out) {
        m.getGraph().find().forEachRemaining(t -> out.quad(Quad.create(graph, t)));
    }
}
