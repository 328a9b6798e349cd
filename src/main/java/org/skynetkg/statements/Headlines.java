package org.skynetkg.statements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.skynetkg.rdf.Iris;
import org.skynetkg.vocab.SCHEMA;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.TIME;

/**
 * The headline figure of one operation, measure and unit, from its statements in the statements graph: the final
 * statement with the most sources (then the longest period); else the interim one whose period ends last (then
 * the most sources), with status interim; else one of unknown status.
 */
final class Headlines {
    private final DatasetGraph dsg;
    private final Iris iris;
    private final Node graph;

    Headlines(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.iris = iris;
        this.graph = iris.statementsGraph();
    }

    private record Candidate(Node statement, String status, long sources, LocalDate start, LocalDate end) {
    }

    /** Rewrites the headline figure of {@code statement}'s operation, measure and unit (removes it if none is left). */
    void rewrite(Node statement) {
        Node headline = iris.headlineOf(statement);
        Node operation = one(headline, SKG.outcomeOf.asNode());
        Node measure = one(headline, SKG.measure.asNode());
        Node unit = one(headline, SKG.unit.asNode());
        dsg.deleteAny(graph, headline, Node.ANY, Node.ANY);
        if (operation == null) {
            operation = one(statement, SKG.outcomeOf.asNode());
            measure = one(statement, SKG.measure.asNode());
            unit = one(statement, SKG.unit.asNode());
        }
        if (operation == null) {
            return;
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Iterator<Quad> it = dsg.find(graph, Node.ANY, SKG.outcomeOf.asNode(), operation); it.hasNext(); ) {
            Node s = it.next().getSubject();
            if (dsg.contains(graph, s, RDF.Nodes.type, SKG.Statement.asNode())
                    && dsg.contains(graph, s, SKG.measure.asNode(), measure) && dsg.contains(graph, s, SKG.unit.asNode(), unit)) {
                candidates.add(candidate(s));
            }
        }
        Comparator<Candidate> finals = Comparator.comparingLong(Candidate::sources).reversed()
                .thenComparing(Candidate::start).thenComparing(Candidate::end, Comparator.reverseOrder());
        Comparator<Candidate> interims = Comparator.comparing(Candidate::end, Comparator.reverseOrder())
                .thenComparing(Comparator.comparingLong(Candidate::sources).reversed()).thenComparing(Candidate::start);
        Candidate best = candidates.stream().filter(c -> c.status().endsWith("/final")).min(finals)
                .or(() -> candidates.stream().filter(c -> c.status().endsWith("/interim")).min(interims))
                .or(() -> candidates.stream().min(interims)).orElse(null);
        if (best == null) {
            return;
        }
        Node s = best.statement();
        add(headline, RDF.Nodes.type, SKG.HeadlineFigure.asNode());
        add(headline, SKG.outcomeOf.asNode(), operation);
        add(headline, SKG.measure.asNode(), measure);
        add(headline, SKG.unit.asNode(), unit);
        add(headline, SKG.statement.asNode(), s);
        for (Node p : List.of(SCHEMA.value.asNode(), SKG.qualifier.asNode(), SKG.status.asNode(),
                SKG.referencePeriod.asNode(), SKG.sourceCount.asNode(), SKG.conflictCount.asNode())) {
            Node o = one(s, p);
            if (o != null) {
                add(headline, p, o);
            }
        }
        Node label = one(s, RDFS.Nodes.label);
        if (label != null) {
            add(headline, RDFS.Nodes.label, NodeFactory.createLiteralLang("headline " + label.getLiteralLexicalForm(), "en"));
        }
    }

    private Candidate candidate(Node s) {
        Node period = one(s, SKG.referencePeriod.asNode());
        return new Candidate(s, String.valueOf(one(s, SKG.status.asNode())),
                Long.parseLong(one(s, SKG.sourceCount.asNode()).getLiteralLexicalForm()),
                date(period, TIME.hasBeginning.asNode()), date(period, TIME.hasEnd.asNode()));
    }

    private LocalDate date(Node period, Node p) {
        Node instant = one(period, p);
        Node date = instant == null ? null : one(instant, TIME.inXSDDate.asNode());
        return date == null ? LocalDate.MIN : LocalDate.parse(date.getLiteralLexicalForm());
    }

    private Node one(Node s, Node p) {
        Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private void add(Node s, Node p, Node o) {
        dsg.add(graph, s, p, o);
    }
}
