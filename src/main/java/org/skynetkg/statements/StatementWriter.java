package org.skynetkg.statements;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.rdf.model.Resource;
import org.skynetkg.rdf.Iris;
import org.skynetkg.vocab.SCHEMA;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.SKGV;
import org.skynetkg.vocab.TIME;

/**
 * Writes one statement into the statements graph from its sources, in the caller's write transaction, after
 * removing what was written for it before; a statement with no source left is only removed.
 */
final class StatementWriter {
    private static final List<Node> VALUE_LINKS = List.of(SKG.preferredValue.asNode(), SKG.agreeingValue.asNode(),
            SKG.conflictingValue.asNode());
    private final DatasetGraph dsg;
    private final Iris iris;
    private final Node graph;

    StatementWriter(DatasetGraph dsg, Iris iris) {
        this.dsg = dsg;
        this.iris = iris;
        this.graph = iris.statementsGraph();
    }

    /** Returns false when the statement has no source left (it is removed). */
    boolean rewrite(Node statement) {
        remove(statement);
        Sources sources = Sources.of(dsg, iris, statement);
        if (sources.reports().isEmpty()) {
            return false;
        }
        Judgement j = Judgement.of(values(sources.reports()), sources.money());
        ReportedValue preferred = j.preferred();
        add(statement, RDF.Nodes.type, SKG.Statement.asNode());
        add(statement, RDFS.Nodes.label, NodeFactory.createLiteralLang(label(sources, preferred), "en"));
        add(statement, SKG.outcomeOf.asNode(), sources.operation());
        add(statement, SKG.measure.asNode(), sources.measure());
        add(statement, SKG.unit.asNode(), sources.unit());
        add(statement, SKG.referencePeriod.asNode(), sources.period());
        copyInterval(sources);
        add(statement, SCHEMA.value.asNode(), preferred.literal());
        add(statement, SKG.qualifier.asNode(), concept(SKGV.qualifier, preferred.qualifier()));
        add(statement, SKG.status.asNode(), concept(SKGV.status, status(preferred, j.agreeing())));
        add(statement, SKG.preference.asNode(), concept(SKGV.preference, j.reason()));
        add(statement, SKG.sourceCount.asNode(), count(j.sources().size()));
        add(statement, SKG.conflictCount.asNode(), count(j.conflicting().size()));
        for (Node doc : j.sources()) {
            add(statement, DCTerms.source.asNode(), doc);
        }
        value(statement, SKG.preferredValue, preferred);
        j.agreeing().forEach(v -> value(statement, SKG.agreeingValue, v));
        j.conflicting().forEach(v -> value(statement, SKG.conflictingValue, v));
        for (ReportedValue v : concat(preferred, j.agreeing())) {
            v.reports().forEach(r -> add(statement, SKG.supportedBy.asNode(), r.outcome()));
        }
        return true;
    }

    private void value(Node statement, Resource link, ReportedValue v) {
        Node n = iris.reportedValue(statement, v.plain(), v.qualifier());
        add(statement, link.asNode(), n);
        add(n, RDF.Nodes.type, SKG.ReportedValue.asNode());
        add(n, SCHEMA.value.asNode(), v.literal());
        add(n, SKG.qualifier.asNode(), concept(SKGV.qualifier, v.qualifier()));
        add(n, SKG.sourceCount.asNode(), count(v.documents().size()));
        v.documents().forEach(doc -> add(n, DCTerms.source.asNode(), doc));
        v.reports().forEach(r -> add(n, SKG.supportedBy.asNode(), r.outcome()));
    }

    /** Final when a source of the preferred value or one agreeing with it says so; else interim; else unknown. */
    private static String status(ReportedValue preferred, List<ReportedValue> agreeing) {
        List<String> all = concat(preferred, agreeing).stream().flatMap(v -> v.reports().stream()).map(Report::status).toList();
        return all.contains("final") ? "final" : all.contains("interim") ? "interim" : "unknown";
    }

    /** The interval's description, so that the statements graph stands on its own. */
    private void copyInterval(Sources sources) {
        for (Node p : List.of(TIME.hasBeginning.asNode(), TIME.hasEnd.asNode())) {
            Iterator<Quad> it = dsg.find(Node.ANY, sources.period(), p, Node.ANY);
            if (!it.hasNext()) {
                continue;
            }
            Node instant = it.next().getObject();
            add(sources.period(), RDF.Nodes.type, TIME.ProperInterval.asNode());
            add(sources.period(), p, instant);
            add(instant, RDF.Nodes.type, TIME.Instant.asNode());
            Iterator<Quad> date = dsg.find(Node.ANY, instant, TIME.inXSDDate.asNode(), Node.ANY);
            if (date.hasNext()) {
                add(instant, TIME.inXSDDate.asNode(), date.next().getObject());
            }
        }
    }

    private void remove(Node statement) {
        List<Node> values = new ArrayList<>();
        for (Node link : VALUE_LINKS) {
            dsg.find(graph, statement, link, Node.ANY).forEachRemaining(q -> values.add(q.getObject()));
        }
        values.forEach(v -> dsg.deleteAny(graph, v, Node.ANY, Node.ANY));
        dsg.deleteAny(graph, statement, Node.ANY, Node.ANY);
    }

    /** Groups the reports by value and qualifier, in a stable order. */
    private static List<ReportedValue> values(List<Report> reports) {
        Map<String, List<Report>> groups = new TreeMap<>();
        for (Report r : reports) {
            groups.computeIfAbsent(r.value().stripTrailingZeros().toPlainString() + " " + r.qualifier(),
                    k -> new ArrayList<>()).add(r);
        }
        return groups.values().stream().map(rs -> new ReportedValue(rs.get(0).value(), rs.get(0).qualifier(), rs)).toList();
    }

    private static String label(Sources s, ReportedValue v) {
        return notation(s.measure()) + " of " + notation(s.operation()) + ", " + notation(s.period()) + ": " + v.plain()
                + " " + notation(s.unit());
    }

    private static String notation(Node n) {
        return n.getURI().substring(n.getURI().lastIndexOf('/') + 1);
    }

    private static List<ReportedValue> concat(ReportedValue first, List<ReportedValue> rest) {
        List<ReportedValue> all = new ArrayList<>(rest);
        all.add(0, first);
        return all;
    }

    static Node concept(Resource scheme, String notation) {
        return SKGV.concept(scheme, notation).asNode();
    }

    static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private void add(Node s, Node p, Node o) {
        dsg.add(graph, s, p, o);
    }
}
