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
    public static final Resource Status = ResourceFactory.createResource(NS + "Status");
    public static final Resource PeriodBasis = ResourceFactory.createResource(NS + "PeriodBasis");
    public static final Resource Statement = ResourceFactory.createResource(NS + "Statement");
    public static final Resource ReportedValue = ResourceFactory.createResource(NS + "ReportedValue");
    public static final Resource HeadlineFigure = ResourceFactory.createResource(NS + "HeadlineFigure");
    public static final Resource Preference = ResourceFactory.createResource(NS + "Preference");

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
    public static final Property referencePeriod = ResourceFactory.createProperty(NS + "referencePeriod");
    public static final Property status = ResourceFactory.createProperty(NS + "status");
    public static final Property periodBasis = ResourceFactory.createProperty(NS + "periodBasis");
    public static final Property statement = ResourceFactory.createProperty(NS + "statement");
    public static final Property preferredValue = ResourceFactory.createProperty(NS + "preferredValue");
    public static final Property agreeingValue = ResourceFactory.createProperty(NS + "agreeingValue");
    public static final Property conflictingValue = ResourceFactory.createProperty(NS + "conflictingValue");
    public static final Property sourceCount = ResourceFactory.createProperty(NS + "sourceCount");
    public static final Property conflictCount = ResourceFactory.createProperty(NS + "conflictCount");
    public static final Property preference = ResourceFactory.createProperty(NS + "preference");
    public static final Property supportedBy = ResourceFactory.createProperty(NS + "supportedBy");

    private SKG() {}
}
