package org.skynetkg.statements;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.Derivation;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.TIME;

/**
 * The statements graph ({@link Iris#statementsGraph}): one statement per operation, measure, unit and reference
 * period, with every source behind it, and one headline figure per operation, measure and unit. Kept in the write
 * transaction of every load, replacement and deletion of a document; only the statements a changed document
 * touches (before or after the change) are written again.
 */
public final class StatementsDerivation implements Derivation {
    private final Iris iris;

    public StatementsDerivation(Iris iris) {
        this.iris = iris;
    }

    @Override
    public Tracker track(DatasetGraph dsg) {
        return new Tracker() {
            private final Set<Node> touched = new LinkedHashSet<>();

            @Override
            public void replacing(Node graphName) {
                collect(dsg, graphName, touched);
            }

            @Override
            public void replaced(Node graphName) {
                collect(dsg, graphName, touched);
            }

            @Override
            public void finish() {
                rewrite(dsg, touched);
            }
        };
    }

    @Override
    public void rebuild(DatasetGraph dsg) {
        dsg.removeGraph(iris.statementsGraph());
        Set<Node> all = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, SKG.statement.asNode(), Node.ANY).forEachRemaining(q -> {
            if (iris.isDocumentGraph(q.getGraph())) {
                all.add(q.getObject());
            }
        });
        rewrite(dsg, all);
    }

    private void collect(DatasetGraph dsg, Node graphName, Set<Node> into) {
        if (iris.isDocumentGraph(graphName)) {
            dsg.find(graphName, Node.ANY, SKG.statement.asNode(), Node.ANY).forEachRemaining(q -> into.add(q.getObject()));
        }
    }

    private void rewrite(DatasetGraph dsg, Set<Node> statements) {
        if (statements.isEmpty()) {
            return;
        }
        Node graph = iris.statementsGraph();
        Set<Node> periods = new LinkedHashSet<>();
        statements.forEach(s -> dsg.find(graph, s, SKG.referencePeriod.asNode(), Node.ANY)
                .forEachRemaining(q -> periods.add(q.getObject())));
        StatementWriter writer = new StatementWriter(dsg, iris);
        Set<Node> headlines = new LinkedHashSet<>();
        List<Node> byHeadline = new ArrayList<>();
        for (Node s : statements) {
            writer.rewrite(s);
            if (headlines.add(iris.headlineOf(s))) {
                byHeadline.add(s);
            }
        }
        Headlines h = new Headlines(dsg, iris);
        byHeadline.forEach(h::rewrite);
        periods.forEach(p -> removeIfUnused(dsg, graph, p));
    }

    /** A period no statement or headline of the graph refers to any more is removed with its instants. */
    private static void removeIfUnused(DatasetGraph dsg, Node graph, Node period) {
        if (dsg.contains(graph, Node.ANY, SKG.referencePeriod.asNode(), period)) {
            return;
        }
        List<Node> instants = new ArrayList<>();
        for (Node p : List.of(TIME.hasBeginning.asNode(), TIME.hasEnd.asNode())) {
            for (Iterator<Quad> it = dsg.find(graph, period, p, Node.ANY); it.hasNext(); ) {
                instants.add(it.next().getObject());
            }
        }
        instants.forEach(i -> dsg.deleteAny(graph, i, Node.ANY, Node.ANY));
        dsg.deleteAny(graph, period, Node.ANY, Node.ANY);
    }
}
