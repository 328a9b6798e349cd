package org.skynetkg.link;

import java.util.Set;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;

/**
 * What one of our entities is, the local names of external types compatible with it, and the link property:
 * owl:sameAs for agencies and places, skos:exactMatch for series, which are SKOS concepts (as in links.ttl).
 */
public enum Kind {
    AGENCY(OWL.sameAs, Set.of("organization", "organisation", "governmentorganization", "governmentagency", "agency",
            "governmentbody", "stateagency", "newsmediaorganization", "politicalparty", "internationalorganization")),
    PLACE(OWL.sameAs, Set.of("place", "city", "country", "administrativearea", "location", "spatialthing",
            "populatedplace", "settlement")),
    SERIES(SKOS.exactMatch, Set.of("event", "eventseries", "operation", "militaryoperation", "policeoperation",
            "campaign", "concept"));

    private final Property linkProperty;
    private final Set<String> compatibleTypes;

    Kind(Property linkProperty, Set<String> compatibleTypes) {
        this.linkProperty = linkProperty;
        this.compatibleTypes = compatibleTypes;
    }

    public Property linkProperty() {
        return linkProperty;
    }

    /** +0.1 if one of the types is compatible, 0 if there are no types to judge by, -0.25 if none is compatible. */
    public double typeBonus(Set<String> typeIris) {
        if (typeIris.isEmpty()) {
            return 0;
        }
        return typeIris.stream().map(Kind::localName).anyMatch(compatibleTypes::contains) ? 0.1 : -0.25;
    }

    static Kind parse(String name) {
        return valueOf(name.toUpperCase(java.util.Locale.ROOT));
    }

    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), Math.max(iri.lastIndexOf('/'), iri.lastIndexOf(':')));
        return iri.substring(cut + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
