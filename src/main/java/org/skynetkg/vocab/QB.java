package org.skynetkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The terms of the W3C RDF Data Cube vocabulary that the statements graph writes. */
public final class QB {
    public static final String NS = "http://purl.org/linked-data/cube#";

    public static String getURI() { return NS; }

    public static final Resource Observation = ResourceFactory.createResource(NS + "Observation");
    public static final Property dataSet = ResourceFactory.createProperty(NS + "dataSet");

    private QB() {}
}
