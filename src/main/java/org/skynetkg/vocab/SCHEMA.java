package org.skynetkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** schema.org, the terms skynet-kg uses. */
public final class SCHEMA {
    public static final String NS = "https://schema.org/";

    public static String getURI() { return NS; }

    public static final Resource Event = ResourceFactory.createResource(NS + "Event");
    public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
    public static final Resource Place = ResourceFactory.createResource(NS + "Place");

    public static final Property value = ResourceFactory.createProperty(NS + "value");
    public static final Property text = ResourceFactory.createProperty(NS + "text");
    public static final Property locationCreated = ResourceFactory.createProperty(NS + "locationCreated");
    public static final Property startDate = ResourceFactory.createProperty(NS + "startDate");
    public static final Property name = ResourceFactory.createProperty(NS + "name");

    private SCHEMA() {}
}
