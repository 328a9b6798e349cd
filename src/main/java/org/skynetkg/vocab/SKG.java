package org.skynetkg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The skynet-kg ontology (ontology/skynet-kg.ttl). */
public final class SKG {
    public static final String NS = "https://w3id.org/skynet-kg/ontology#";

    public static String getURI() { return NS; }

    public static final Resource Operation = ResourceFactory.createResource(NS + "Operation");
    public static final Resource OperationSeries = ResourceFactory.createResource(NS + "OperationSeries");
    public static final Resource Agency = ResourceFactory.createResource(NS + "Agency");
    public static final Resource Announcement = ResourceFactory.createResource(NS + "Announcement");
    public static final Resource Outcome = ResourceFactory.createResource(NS + "Outcome");
    public static final Resource Measure = ResourceFactory.createResource(NS + "Measure");
    public static final Resource Role = ResourceFactory.createResource(NS + "Role");
    public static final Resource Qualifier = ResourceFactory.createResource(NS + "Qualifier");
    public static final Resource Unit = ResourceFactory.createResource(NS + "Unit");

    public static final Property year = ResourceFactory.createProperty(NS + "year");
    public static final Property launchDate = ResourceFactory.createProperty(NS + "launchDate");
    public static final Property partOf = ResourceFactory.createProperty(NS + "partOf");
    public static final Property series = ResourceFactory.createProperty(NS + "series");
    public static final Property componentOf = ResourceFactory.createProperty(NS + "componentOf");
    public static final Property outcomeOf = ResourceFactory.createProperty(NS + "outcomeOf");
    public static final Property measure = ResourceFactory.createProperty(NS + "measure");
    public static final Property unit = ResourceFactory.createProperty(NS + "unit");
    public static final Property qualifier = ResourceFactory.createProperty(NS + "qualifier");
    public static final Property period = ResourceFactory.createProperty(NS + "period");
    public static final Property subsetOf = ResourceFactory.createProperty(NS + "subsetOf");
    public static final Property evidence = ResourceFactory.createProperty(NS + "evidence");
    public static final Property rule = ResourceFactory.createProperty(NS + "rule");
    public static final Property announcedIn = ResourceFactory.createProperty(NS + "announcedIn");
    public static final Property abbreviation = ResourceFactory.createProperty(NS + "abbreviation");
    public static final Property cuePattern = ResourceFactory.createProperty(NS + "cuePattern");
    public static final Property firstYear = ResourceFactory.createProperty(NS + "firstYear");

    private SKG() {}
}
