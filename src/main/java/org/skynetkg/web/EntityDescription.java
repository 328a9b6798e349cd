package org.skynetkg.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.skynetkg.rdf.Iris;
import org.skynetkg.rdf.Prefixes;
import org.skynetkg.vocab.OA;
import org.skynetkg.vocab.PROV;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.TIME;

/**
 * The description served for an entity IRI, from the union of all graphs: a concise bounded description
 * (the triples with the entity as subject, and those of blank nodes reached from them), and for an outcome or
 * an association one level more: its evidence with the evidence's quote and position selectors, and its period
 * with the period's beginning and end. These nodes have IRIs of their own but say nothing without the fact
 * they support.
 */
final class EntityDescription {
    private static final Set<Node> DEPENDENT = Set.of(SKG.evidence.asNode(), SKG.period.asNode(),
            OA.hasSelector.asNode(), TIME.hasBeginning.asNode(), TIME.hasEnd.asNode());
    private static final Set<Node> WITH_DEPENDENTS = Set.of(SKG.Outcome.asNode(), PROV.Association.asNode());

    private EntityDescription() {}

    /** The description, empty when the store says nothing about {@code entity} as a subject. */
    static Graph of(DatasetGraph dataset, Node entity, Iris iris) {
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Prefixes.add(PrefixMapFactory.create(), iris).getMapping());
        Txn.executeRead(dataset, () -> {
            Graph union = dataset.getUnionGraph();
            boolean followDependents = WITH_DEPENDENTS.stream()
                    .anyMatch(type -> union.contains(entity, RDF.type.asNode(), type));
            Deque<Node> todo = new ArrayDeque<>();
            Set<Node> seen = new HashSet<>();
            todo.add(entity);
            seen.add(entity);
            while (!todo.isEmpty()) {
                Node subject = todo.poll();
                union.find(subject, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    out.add(t);
                    if (follow(t, followDependents) && seen.add(t.getObject())) {
                        todo.add(t.getObject());
                    }
                });
            }
        });
        return out;
    }

    private static boolean follow(Triple t, boolean followDependents) {
        Node o = t.getObject();
        return o.isBlank() || (followDependents && o.isURI() && DEPENDENT.contains(t.getPredicate()));
    }
}
