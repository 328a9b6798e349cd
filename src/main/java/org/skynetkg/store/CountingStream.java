package org.skynetkg.store;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** Adds quads to a dataset the caller holds a write transaction on, counting them; triples go to the default graph. */
final class CountingStream extends StreamRDFBase {
    private final DatasetGraph dsg;
    private final long[] count;

    CountingStream(DatasetGraph dsg, long[] count) {
        this.dsg = dsg;
        this.count = count;
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad quad) {
        dsg.add(quad);
        count[0]++;
    }
}
