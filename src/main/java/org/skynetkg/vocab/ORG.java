package org.skynetkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** W3C Organization Ontology, the terms skynet-kg uses. */
public final class ORG {
    public static final String NS = "http://www.w3.org/ns/org#";

    public static String getURI() { return NS; }

    public static final Resource Organization = ResourceFactory.createResource(NS + "Organization");
    public static final Resource FormalOrganization = ResourceFactory.createResource(NS + "FormalOrganization");
    public static final Resource OrganizationalUnit = ResourceFactory.createResource(NS + "OrganizationalUnit");

    public static final Property subOrganizationOf = ResourceFactory.createProperty(NS + "subOrganizationOf");
    public static final Property hasSubOrganization = ResourceFactory.createProperty(NS + "hasSubOrganization");

    private ORG() {}
}
