package org.skynetkg.extract;

/** An agency's role in an operation: {@code lead}, {@code partner}, {@code announcer} or {@code organizer}. */
public record RoleFact(OperationRef operation, AgencyRef agency, String role, Evidence evidence) {
}
