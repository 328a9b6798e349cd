package org.skynetkg.statements;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.Derivation;
import org.skynetkg.vocab.SKG;

/**
 * The statements graph ({@link Iris#statementsGraph}): one statement per operation, measure, unit and reference
 * period, with every source behind it, and one headline figure per operation, measure and unit. Kept in the write
 * transaction of every load, replacement and deletion of a document, where only the statements a changed document
 * touches (before or after the change) are written again; derived from the quads of a bulk load, in the same load.
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
                if (!touched.isEmpty()) {
                    new StoreUpdate(dsg, iris).rewrite(touched);
                }
            }
        };
    }

    @Override
    public Bulk bulk() {
        return new BulkStatements(iris);
    }

    private void collect(DatasetGraph dsg, Node graphName, Set<Node> into) {
        if (iris.isDocumentGraph(graphName)) {
            dsg.find(graphName, Node.ANY, SKG.statement.asNode(), Node.ANY).forEachRemaining(q -> into.add(q.getObject()));
        }
    }
}
