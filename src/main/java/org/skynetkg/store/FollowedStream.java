package org.skynetkg.store;

import java.util.List;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes every quad on, and shows it to the derivations following a bulk load first. */
final class FollowedStream extends StreamRDFWrapper {
    private final List<Derivation.Bulk> followers;

    FollowedStream(StreamRDF out, List<Derivation.Bulk> followers) {
        super(out);
        this.followers = followers;
    }

    @Override
    public void triple(Triple triple) {
        quad(Quad.create(Quad.defaultGraphIRI, triple));
    }

    @Override
    public void quad(Quad quad) {
        for (Derivation.Bulk f : followers) {
            f.quad(quad);
        }
        super.quad(quad);
    }
}
