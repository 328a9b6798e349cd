package org.skynetkg.extract;

import java.time.LocalDate;

/**
 * What the extractor remembers while it reads a document: the publication date, the last operation named
 * with a year, the last ministry and the last agency that was the subject of a role (for "the ministry", "It").
 */
final class Context {
    private final LocalDate published;
    private OperationRef lastNamed;
    private OperationRef launched;
    private AgencyRef lastMinistry;
    private AgencyRef lastSubject;

    Context(LocalDate published) {
        this.published = published;
    }

    LocalDate published() {
        return published;
    }

    Integer publicationYear() {
        return published == null ? null : published.getYear();
    }

    OperationRef lastNamed() {
        return lastNamed;
    }

    void named(OperationRef op) {
        this.lastNamed = op;
    }

    /** The operation the document says is launched, if any: the "current" operation of a launch announcement. */
    OperationRef launched() {
        return launched;
    }

    void launched(OperationRef op) {
        if (launched == null) {
            launched = op;
        }
    }

    AgencyRef lastMinistry() {
        return lastMinistry;
    }

    AgencyRef lastSubject() {
        return lastSubject;
    }

    void subject(AgencyRef agency) {
        this.lastSubject = agency;
    }

    void seen(AgencyRef agency) {
        if (agency.name().toLowerCase(java.util.Locale.ROOT).contains("ministry")) {
            lastMinistry = agency;
        }
    }
}
