package org.skynetkg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores every (entity, candidate) pair: the best label similarity (1.0 for an exact normalised match), plus 0.1
 * if the candidate has a compatible type, minus 0.25 if it has types and none is compatible, within 0..1. So a
 * film called "Beijing" scores 0.75 against our place Beijing. Keeps pairs scoring at least the minimum (the
 * best few per entity), never a pair to skip (rejected, or linked already).
 */
public final class LinkProposer {
    public static final double DEFAULT_THRESHOLD = 0.9;
    public static final double DEFAULT_MINIMUM = 0.7;
    static final int PER_ENTITY = 3;

    private final double minimum;

    public LinkProposer(double minimum) {
        this.minimum = minimum;
    }

    public List<Proposal> propose(List<Entity> entities, List<Candidate> candidates, Set<Proposal.Pair> skip) {
        List<Proposal> all = new ArrayList<>();
        for (Entity e : entities) {
            List<Proposal> mine = new ArrayList<>();
            for (Candidate c : candidates) {
                if (skip.contains(new Proposal.Pair(e.iri(), c.iri()))) {
                    continue;
                }
                Proposal p = score(e, c);
                if (p.score() >= minimum) {
                    mine.add(p);
                }
            }
            mine.sort(Comparator.comparingDouble(Proposal::score).reversed().thenComparing(Proposal::candidate));
            all.addAll(mine.subList(0, Math.min(PER_ENTITY, mine.size())));
        }
        return all;
    }

    static Proposal score(Entity e, Candidate c) {
        double best = -1;
        String bestLabel = null;
        for (String ours : e.labels()) {
            for (String theirs : c.labels()) {
                double s = Similarity.labels(ours, theirs);
                if (s > best || (s == best && theirs.compareTo(bestLabel) < 0)) {
                    best = s;
                    bestLabel = theirs;
                }
            }
        }
        double score = Math.min(1, Math.max(0, best + e.kind().typeBonus(c.types())));
        return new Proposal(e.iri(), e.name(), c.iri(), bestLabel, Math.round(score * 1000) / 1000.0);
    }

    /** Links and proposals for review. */
    public record Routing(List<Proposal> links, List<Proposal> review) {}

    /**
     * A proposal becomes a link if it scores at least {@code threshold} and is the only such proposal for its
     * entity and for its candidate; ambiguous ones go to review with the rest.
     */
    public static Routing route(List<Proposal> proposals, double threshold) {
        Map<String, Integer> perEntity = new HashMap<>();
        Map<String, Integer> perCandidate = new HashMap<>();
        proposals.stream().filter(p -> p.score() >= threshold).forEach(p -> {
            perEntity.merge(p.entity(), 1, Integer::sum);
            perCandidate.merge(p.candidate(), 1, Integer::sum);
        });
        List<Proposal> links = new ArrayList<>();
        List<Proposal> review = new ArrayList<>();
        for (Proposal p : proposals) {
            boolean sure = p.score() >= threshold && perEntity.get(p.entity()) == 1 && perCandidate.get(p.candidate()) == 1;
            (sure ? links : review).add(p);
        }
        return new Routing(links, review);
    }
}
