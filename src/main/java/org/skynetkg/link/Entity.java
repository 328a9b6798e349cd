package org.skynetkg.link;

import java.util.Set;

/** One of our entities that may be linked: its IRI, its name, all its labels and what it is. */
public record Entity(String iri, String name, Set<String> labels, Kind kind) {}
