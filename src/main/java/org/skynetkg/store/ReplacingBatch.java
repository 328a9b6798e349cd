package org.skynetkg.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Consumer;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** A {@link Batch} over a dataset that the caller already holds a write transaction on. */
final class ReplacingBatch implements Batch {
    private final DatasetGraph dsg;
    private final List<Derivation.Tracker> trackers;

    ReplacingBatch(DatasetGraph dsg, List<Derivation.Tracker> trackers) {
        this.dsg = dsg;
        this.trackers = trackers;
    }

    @Override
    public ReplaceResult replaceGraph(Node graphName, Consumer<StreamRDF> writer) {
        requireNonNull(graphName, "graphName");
        requireNonNull(writer, "writer");
        if ( !graphName.isURI() || Quad.isDefaultGraph(graphName) || Quad.isUnionGraph(graphName) )
            throw new IllegalArgumentException("Not a named graph IRI: " + graphName);
        trackers.forEach(t -> t.replacing(graphName));
        long removed = GraphEraser.erase(dsg, graphName);
        Sink sink = new Sink(graphName);
        writer.accept(sink);
        trackers.forEach(t -> t.replaced(graphName));
        return new ReplaceResult(removed, sink.added);
    }

    /** Counts only quads that were new, so a writer emitting a quad twice does not inflate the count. */
    private final class Sink extends StreamRDFBase {
        private final Node graphName;
        private long added;

        Sink(Node graphName) {
            this.graphName = graphName;
        }

        @Override
        public void triple(Triple triple) {
            add(Quad.create(graphName, triple));
        }

        @Override
        public void quad(Quad quad) {
            add(quad);
        }

        private void add(Quad quad) {
            if ( dsg.contains(quad) )
                return;
            dsg.add(quad);
            added++;
        }
    }
}
