package org.skynetkg.extract;

import java.time.LocalDate;

/**
 * An operation the document names: how it is written, its parent (for a component), and its launch date
 * when the document says it was launched.
 */
public record OperationFact(OperationRef operation, String surface, OperationRef parent, LocalDate launchDate,
                            Evidence evidence) {
}
