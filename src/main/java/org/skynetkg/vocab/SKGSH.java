package org.skynetkg.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The skynet-kg shapes (ontology/shapes.ttl): the namespace of the shape IRIs. */
public final class SKGSH {
    public static final String NS = "https://w3id.org/skynet-kg/shapes#";

    public static String getURI() { return NS; }

    /** The shape with this local name, e.g. {@code shape("OutcomeValueShape")}. */
    public static Resource shape(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private SKGSH() {}
}
