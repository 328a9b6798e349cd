package org.skynetkg.extract;

/** A yearly operation of a series, e.g. ("sky-net", 2022); its slug names its IRI. */
public record OperationRef(String series, int year) {
    public String slug() {
        return series + "-" + year;
    }

    @Override
    public String toString() {
        return slug();
    }
}
