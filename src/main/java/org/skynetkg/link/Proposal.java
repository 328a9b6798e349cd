package org.skynetkg.link;

/** A proposed link from one of our entities to a candidate, with the label that matched best and the score. */
public record Proposal(String entity, String name, String candidate, String candidateLabel, double score) {
    /** The pair, as remembered in the rejected list. */
    public Pair pair() {
        return new Pair(entity, candidate);
    }

    /** An entity IRI and a candidate IRI. */
    public record Pair(String entity, String candidate) {}
}
