package org.skynetkg.load;

import java.util.List;

/** The outcome of a load: one result per input file. */
public record LoadReport(List<DocumentResult> documents) {
    public long failed() {
        return documents.stream().filter(d -> !d.ok()).count();
    }

    public long loaded() {
        return documents.size() - failed();
    }

    public String summary() {
        return "loaded " + loaded() + " of " + documents.size() + " documents"
                + (failed() == 0 ? "" : "; refused " + failed() + ": "
                + String.join(", ", documents.stream().filter(d -> !d.ok()).map(DocumentResult::source).toList()));
    }
}
