package org.skynetkg.vocab;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The skynet-kg controlled vocabularies (SKOS concept schemes in ontology/skynet-kg.ttl).
 * Concepts are found by their {@code skos:notation} in the loaded ontology, not named here.
 */
public final class SKGV {
    public static final String NS = "https://w3id.org/skynet-kg/vocab/";

    public static String getURI() { return NS; }

    public static final Resource measure = ResourceFactory.createResource(NS + "measure");
    public static final Resource role = ResourceFactory.createResource(NS + "role");
    public static final Resource qualifier = ResourceFactory.createResource(NS + "qualifier");
    public static final Resource unit = ResourceFactory.createResource(NS + "unit");
    public static final Resource status = ResourceFactory.createResource(NS + "status");
    public static final Resource periodBasis = ResourceFactory.createResource(NS + "period-basis");
    public static final Resource preference = ResourceFactory.createResource(NS + "preference");

    /** The IRI of the concept with this notation in a scheme, e.g. {@code concept(measure, "assets-recovered")}. */
    public static Resource concept(Resource scheme, String notation) {
        return ResourceFactory.createResource(scheme.getURI() + "/" + notation);
    }

    private SKGV() {}
}
