package org.skynetkg.link;

import java.util.Set;

/** A resource of the external source: its IRI, its labels (and aliases) and its rdf:types. */
public record Candidate(String iri, Set<String> labels, Set<String> types) {}
