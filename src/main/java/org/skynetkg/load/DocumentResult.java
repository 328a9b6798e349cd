package org.skynetkg.load;

/** What loading one file did: its graph's size and fact count, or why it was refused. */
public record DocumentResult(String source, String graph, int facts, long triples, String error, java.util.List<String> warnings) {
    public boolean ok() {
        return error == null;
    }

    public String summary() {
        return ok() ? source + ": " + facts + " facts, " + triples + " triples -> <" + graph + ">"
                : source + ": REFUSED: " + error;
    }
}
