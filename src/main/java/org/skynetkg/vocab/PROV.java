package org.skynetkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C PROV-O, the terms skynet-kg uses. */
public final class PROV {
    public static final String NS = "http://www.w3.org/ns/prov#";

    public static String getURI() { return NS; }

    public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Association = ResourceFactory.createResource(NS + "Association");
    public static final Resource Role = ResourceFactory.createResource(NS + "Role");
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");

    public static final Property qualifiedAssociation = ResourceFactory.createProperty(NS + "qualifiedAssociation");
    public static final Property agent = ResourceFactory.createProperty(NS + "agent");
    public static final Property hadRole = ResourceFactory.createProperty(NS + "hadRole");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS + "wasDerivedFrom");
    public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS + "wasGeneratedBy");

    private PROV() {}
}
