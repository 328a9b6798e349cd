package org.skynetkg.extract;

/** An organisational tie the text states: {@code child} is part of {@code parent}. */
public record TieFact(AgencyRef child, AgencyRef parent, Evidence evidence) {
}
