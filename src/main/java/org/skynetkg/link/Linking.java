package org.skynetkg.link;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skynetkg.describe.VoidDescription;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.KnowledgeStore;

/**
 * Proposes links from the store's entities to an external source and applies a person's review. Links at or
 * above the threshold go to the linkset (store graph or {@code out} file); the rest to the review file;
 * rejected pairs are remembered and never proposed again. Nothing here touches the curated links.ttl.
 */
public final class Linking {
    /**
     * @param name the source's name: the linkset graph is {@code {base}graph/linkset/NAME}
     * @param out a Turtle file for the links instead of the store, or null
     */
    public record Settings(String name, double threshold, Path out, Path reviewFile, Path rejectedFile) {}

    public record Proposed(int linked, int toReview) {}

    public record Applied(int accepted, int rejected, int undecided) {}

    private Linking() {}

    public static Proposed propose(KnowledgeStore store, Iris iris, List<Candidate> candidates, Settings s) {
        requireNonNull(s.reviewFile(), "reviewFile");
        graph(iris, s.name());
        List<Entity> entities = EntitySource.entities(store.datasetGraph());
        Set<Proposal.Pair> skip = new HashSet<>(RejectedList.read(s.rejectedFile()));
        skip.addAll(EntitySource.existingLinks(store.datasetGraph()));
        skip.addAll(Linkset.inFile(s.out()));
        List<Proposal> proposals = new LinkProposer(LinkProposer.DEFAULT_MINIMUM).propose(entities, candidates, skip);
        LinkProposer.Routing routing = LinkProposer.route(proposals, s.threshold());
        write(store, iris, s, routing.links(), kinds(entities));
        ReviewFile.write(s.reviewFile(), s.name(), routing.review());
        return new Proposed(routing.links().size(), routing.review().size());
    }

    public static Applied applyReview(KnowledgeStore store, Iris iris, Path reviewFile, Settings s) {
        ReviewFile.Review review = ReviewFile.read(reviewFile);
        String name = s.name() != null ? s.name() : review.source();
        if (name == null) {
            throw new LinkException(reviewFile + ": the file does not name its source; give --name");
        }
        List<Proposal> accepted = new ArrayList<>();
        List<Proposal.Pair> rejected = new ArrayList<>();
        for (int i = 0; i < review.proposals().size(); i++) {
            switch (review.decisions().get(i)) {
                case ACCEPT -> accepted.add(review.proposals().get(i));
                case REJECT -> rejected.add(review.proposals().get(i).pair());
                default -> { }
            }
        }
        write(store, iris, new Settings(name, s.threshold(), s.out(), reviewFile, s.rejectedFile()), accepted,
                kinds(EntitySource.entities(store.datasetGraph())));
        RejectedList.add(s.rejectedFile(), rejected);
        return new Applied(accepted.size(), rejected.size(), review.proposals().size() - accepted.size() - rejected.size());
    }

    private static void write(KnowledgeStore store, Iris iris, Settings s, List<Proposal> links, Map<String, Kind> kinds) {
        if (links.isEmpty()) {
            return;
        }
        if (s.out() != null) {
            Linkset.addToFile(s.out(), Linkset.of(links, kinds));
        } else {
            Linkset.addToStore(store, graph(iris, s.name()), Linkset.of(links, kinds));
            VoidDescription.regenerate(store, iris);
        }
    }

    private static org.apache.jena.graph.Node graph(Iris iris, String name) {
        try {
            return iris.linksetGraph(name);
        } catch (IllegalArgumentException e) {
            throw new LinkException(e.getMessage());
        }
    }

    private static Map<String, Kind> kinds(List<Entity> entities) {
        return entities.stream().collect(Collectors.toMap(Entity::iri, Entity::kind));
    }
}
