package org.skynetkg.generate;

import java.time.LocalDate;

/** The gold rows of one generated announcement, in the format of the annotated test corpus. */
final class Gold {
    static final String HEADER = "kind\toperation\tmeasure\tvalue\tunit\tqualifier\tperiodStart\tperiodEnd\tagency\trole\n";

    private final StringBuilder rows = new StringBuilder(HEADER);

    void outcome(String operation, String measure, Figures.Figure f, LocalDate start, LocalDate end) {
        rows.append(String.join("\t", "outcome", operation, measure, f.value().toPlainString(), f.unit(), f.qualifier(),
                start == null ? "" : start.toString(), end == null ? "" : end.toString(), "", "")).append('\n');
    }

    void lead(String operation, String agencySlug) {
        rows.append(String.join("\t", "role", operation, "", "", "", "", "", "", agencySlug, "lead")).append('\n');
    }

    @Override
    public String toString() {
        return rows.toString();
    }
}
