package org.skynetkg.statements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.skynetkg.rdf.Iris;
import org.skynetkg.vocab.SCHEMA;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.TIME;

/**
 * Rewrites the statements a write transaction touched, and their headline figures, in the store: each statement
 * is removed, then written again from the sources the store now holds (if any are left). Periods no statement or
 * headline refers to any more are removed.
 */
final class StoreUpdate {
    private static final List<Node> VALUE_LINKS = List.of(SKG.preferredValue.asNode(), SKG.agreeingValue.asNode(),
            SKG.conflictingValue.asNode());
    private final DatasetGraph dsg;
    private final Iris iris;
    private final Node graph;
    private final Sink sink;

    StoreUpdate(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.iris = iris;
        this.graph = iris.statementsGraph();
        this.sink = (s, p, o) -> dsg.add(graph, s, p, o);
    }

    void rewrite(Set<Node> statements) {
        Set<Node> periods = new LinkedHashSet<>();
        Map<Node, List<Node>> keys = new LinkedHashMap<>();   // headline -> operation, measure, unit
        StoreReader reader = new StoreReader(dsg, iris);
        StatementWriter writer = new StatementWriter(iris);
        for (Node s : statements) {
            Node headline = iris.headlineOf(s);
            keys.computeIfAbsent(headline, h -> key(h));
            periods.addAll(objects(s, SKG.referencePeriod.asNode()));
            remove(s);
            Sources sources = reader.sources(s);
            if (!sources.reports().isEmpty()) {
                Summary written = writer.write(sources, sink);
                if (keys.get(headline) == null) {
                    keys.put(headline, List.of(written.operation(), written.measure(), written.unit()));
                }
            }
        }
        keys.forEach((headline, key) -> {
            periods.addAll(objects(headline, SKG.referencePeriod.asNode()));
            dsg.deleteAny(graph, headline, Node.ANY, Node.ANY);
            if (key != null) {
                Headlines.choose(summaries(key)).ifPresent(best -> Headlines.write(headline, iris.headlineDataSet(), best, sink));
            }
        });
        periods.forEach(this::removeIfUnused);
    }

    /** The operation, measure and unit of a headline already written, else null. */
    private List<Node> key(Node headline) {
        Node op = one(headline, SKG.outcomeOf.asNode());
        return op == null ? null : List.of(op, one(headline, SKG.measure.asNode()), one(headline, SKG.unit.asNode()));
    }

    private List<Summary> summaries(List<Node> key) {
        List<Summary> out = new ArrayList<>();
        for (Iterator<Quad> it = dsg.find(graph, Node.ANY, SKG.outcomeOf.asNode(), key.get(0)); it.hasNext(); ) {
            Node s = it.next().getSubject();
            if (dsg.contains(graph, s, RDF.Nodes.type, SKG.Statement.asNode())
                    && dsg.contains(graph, s, SKG.measure.asNode(), key.get(1)) && dsg.contains(graph, s, SKG.unit.asNode(), key.get(2))) {
                out.add(summary(s, key));
            }
        }
        return out;
    }

    private Summary summary(Node s, List<Node> key) {
        Node period = one(s, SKG.referencePeriod.asNode());
        Node beginning = one(period, TIME.hasBeginning.asNode());
        Node end = one(period, TIME.hasEnd.asNode());
        return new Summary(s, key.get(0), key.get(1), key.get(2), new Interval(period, beginning, date(beginning), end, date(end)),
                one(s, SCHEMA.value.asNode()), StatementWriter.notation(one(s, SKG.qualifier.asNode())),
                StatementWriter.notation(one(s, SKG.status.asNode())), number(one(s, SKG.sourceCount.asNode())),
                number(one(s, SKG.conflictCount.asNode())), one(s, RDFS.Nodes.label).getLiteralLexicalForm());
    }

    private void remove(Node statement) {
        List<Node> values = new ArrayList<>();
        VALUE_LINKS.forEach(link -> values.addAll(objects(statement, link)));
        values.forEach(v -> dsg.deleteAny(graph, v, Node.ANY, Node.ANY));
        dsg.deleteAny(graph, statement, Node.ANY, Node.ANY);
    }

    /** A period no statement or headline refers to any more is removed with its instants. */
    private void removeIfUnused(Node period) {
        if (dsg.contains(graph, Node.ANY, SKG.referencePeriod.asNode(), period)) {
            return;
        }
        List<Node> instants = new ArrayList<>(objects(period, TIME.hasBeginning.asNode()));
        instants.addAll(objects(period, TIME.hasEnd.asNode()));
        instants.forEach(i -> dsg.deleteAny(graph, i, Node.ANY, Node.ANY));
        dsg.deleteAny(graph, period, Node.ANY, Node.ANY);
    }

    private LocalDate date(Node instant) {
        Node d = instant == null ? null : one(instant, TIME.inXSDDate.asNode());
        return d == null ? LocalDate.MIN : LocalDate.parse(d.getLiteralLexicalForm());
    }

    private static long number(Node n) {
        return n == null ? 0 : Long.parseLong(n.getLiteralLexicalForm());
    }

    private List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        dsg.find(graph, s, p, Node.ANY).forEachRemaining(q -> out.add(q.getObject()));
        return out;
    }

    private Node one(Node s, Node p) {
        Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
