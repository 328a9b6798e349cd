package org.skynetkg.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.skynetkg.rdf.Iris;
import org.skynetkg.vocab.PROV;
import org.skynetkg.vocab.SCHEMA;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.TIME;

/**
 * Reads a statement's sources from the store, in the caller's transaction: one index lookup for the outcomes that
 * name it, one per outcome, and one per announcement and publisher (remembered for the statements that follow).
 */
final class StoreReader {
    private final DatasetGraph dsg;
    private final Iris iris;
    private final Authority authority;
    private final Map<Node, LocalDate> issued = new HashMap<>();
    private final Map<Node, Node> publisher = new HashMap<>();

    StoreReader(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.iris = iris;
        this.authority = new Authority((p, type) -> dsg.contains(Node.ANY, p, org.apache.jena.vocabulary.RDF.Nodes.type, type));
    }

    Sources sources(Node statement) {
        Node operation = null;
        Node measure = null;
        Node unit = null;
        Node period = null;
        List<Report> reports = new ArrayList<>();
        for (Iterator<Quad> links = dsg.find(Node.ANY, Node.ANY, SKG.statement.asNode(), statement); links.hasNext(); ) {
            Quad link = links.next();
            Node g = link.getGraph();
            if (!iris.isDocumentGraph(g)) {
                continue;
            }
            Node outcome = link.getSubject();
            Node literal = null;
            String qualifier = "exact";
            String status = "unknown";
            Node document = null;
            for (Iterator<Quad> it = dsg.find(g, outcome, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                Node p = q.getPredicate();
                Node o = q.getObject();
                if (p.equals(SCHEMA.value.asNode())) literal = o;
                else if (p.equals(SKG.qualifier.asNode())) qualifier = StatementWriter.notation(o);
                else if (p.equals(SKG.status.asNode())) status = StatementWriter.notation(o);
                else if (p.equals(PROV.wasDerivedFrom.asNode())) document = o;
                else if (p.equals(SKG.outcomeOf.asNode())) operation = o;
                else if (p.equals(SKG.measure.asNode())) measure = o;
                else if (p.equals(SKG.unit.asNode())) unit = o;
                else if (p.equals(SKG.referencePeriod.asNode())) period = o;
            }
            if (literal == null || document == null) {
                continue;
            }
            Node doc = document;
            LocalDate date = issued.computeIfAbsent(doc, d -> {
                Node n = one(g, d, DCTerms.issued.asNode());
                return n == null ? null : LocalDate.parse(n.getLiteralLexicalForm());
            });
            Node by = publisher.computeIfAbsent(doc, d -> one(g, d, DCTerms.publisher.asNode()));
            reports.add(new Report(outcome, doc, literal, new BigDecimal(literal.getLiteralLexicalForm()), qualifier, status,
                    date, authority.of(by)));
        }
        return new Sources(statement, operation, measure, unit, period == null ? null : interval(period), reports);
    }

    private Interval interval(Node period) {
        Node beginning = one(Node.ANY, period, TIME.hasBeginning.asNode());
        Node end = one(Node.ANY, period, TIME.hasEnd.asNode());
        return new Interval(period, beginning, date(beginning), end, date(end));
    }

    private LocalDate date(Node instant) {
        Node d = instant == null ? null : one(Node.ANY, instant, TIME.inXSDDate.asNode());
        return d == null ? LocalDate.MIN : LocalDate.parse(d.getLiteralLexicalForm());
    }

    private Node one(Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
