package org.skynetkg.extract;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

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
    private final Map<String, Integer> seriesLaunch = new HashMap<>();

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

    /** The year the document dates a series' own launch to ("Fox Hunt was launched in 2014"), or null. */
    Integer seriesLaunch(String series) {
        return seriesLaunch.get(series);
    }

    void seriesLaunched(String series, int year) {
        seriesLaunch.putIfAbsent(series, year);
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
