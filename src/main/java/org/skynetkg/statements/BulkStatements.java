package org.skynetkg.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.Derivation;
import org.skynetkg.vocab.PROV;
import org.skynetkg.vocab.SCHEMA;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.TIME;

/**
 * The statements graph of a bulk load, derived from the quads on their way into the store: each document's
 * outcomes are gathered while its graph streams past, and at the end every statement and headline figure is
 * written into the same load. Holds one small record per outcome (about 30 MB for 50,000 documents).
 */
final class BulkStatements implements Derivation.Bulk {
    private final Iris iris;
    private final Map<Node, Partial> current = new HashMap<>();
    private Node currentGraph;
    private final Map<Node, List<Pending>> byStatement = new LinkedHashMap<>();
    private final Map<Node, Node[]> keys = new HashMap<>();          // statement -> operation, measure, unit, period
    private final Map<Node, LocalDate> issued = new HashMap<>();
    private final Map<Node, Node> publisher = new HashMap<>();
    private final Map<Node, Node[]> intervals = new HashMap<>();     // period -> beginning, end
    private final Map<Node, LocalDate> dates = new HashMap<>();      // instant -> date
    private final Set<List<Node>> typed = new HashSet<>();          // (subject, type) of Agency and news types

    private static final class Partial {
        Node statement, literal, document, operation, measure, unit, period;
        String qualifier = "exact";
        String status = "unknown";
    }

    private record Pending(Node outcome, Node document, Node literal, String qualifier, String status) {
    }

    BulkStatements(Iris iris) {
        this.iris = iris;
    }

    @Override
    public void quad(Quad q) {
        Node p = q.getPredicate();
        Node o = q.getObject();
        if (p.equals(RDF.Nodes.type) && (o.equals(Authority.AGENCY) || o.equals(Authority.NEWS))) {
            typed.add(List.of(q.getSubject(), o));
        }
        Node g = q.getGraph();
        if (!iris.isDocumentGraph(g)) {
            return;
        }
        if (!g.equals(currentGraph)) {
            flush();
            currentGraph = g;
        }
        Node s = q.getSubject();
        if (p.equals(DCTerms.issued.asNode())) issued.put(s, LocalDate.parse(o.getLiteralLexicalForm()));
        else if (p.equals(DCTerms.publisher.asNode())) publisher.put(s, o);
        else if (p.equals(TIME.hasBeginning.asNode())) intervals.computeIfAbsent(s, k -> new Node[2])[0] = o;
        else if (p.equals(TIME.hasEnd.asNode())) intervals.computeIfAbsent(s, k -> new Node[2])[1] = o;
        else if (p.equals(TIME.inXSDDate.asNode())) dates.put(s, LocalDate.parse(o.getLiteralLexicalForm()));
        else if (p.equals(SKG.statement.asNode())) partial(s).statement = o;
        else if (p.equals(SCHEMA.value.asNode())) partial(s).literal = o;
        else if (p.equals(SKG.qualifier.asNode())) partial(s).qualifier = StatementWriter.notation(o);
        else if (p.equals(SKG.status.asNode())) partial(s).status = StatementWriter.notation(o);
        else if (p.equals(PROV.wasDerivedFrom.asNode())) partial(s).document = o;
        else if (p.equals(SKG.outcomeOf.asNode())) partial(s).operation = o;
        else if (p.equals(SKG.measure.asNode())) partial(s).measure = o;
        else if (p.equals(SKG.unit.asNode())) partial(s).unit = o;
        else if (p.equals(SKG.referencePeriod.asNode())) partial(s).period = o;
    }

    private Partial partial(Node subject) {
        return current.computeIfAbsent(subject, k -> new Partial());
    }

    /** The outcomes of the graph that just streamed past become pending reports of their statements. */
    private void flush() {
        current.forEach((outcome, f) -> {
            if (f.statement == null || f.literal == null || f.document == null) {
                return;
            }
            byStatement.computeIfAbsent(f.statement, k -> new ArrayList<>())
                    .add(new Pending(outcome, f.document, f.literal, f.qualifier, f.status));
            keys.putIfAbsent(f.statement, new Node[] {f.operation, f.measure, f.unit, f.period});
        });
        current.clear();
    }

    @Override
    public void finish(StreamRDF out) {
        flush();
        Node graph = iris.statementsGraph();
        Sink sink = (s, p, o) -> out.quad(Quad.create(graph, s, p, o));
        Authority authority = new Authority((s, type) -> typed.contains(List.of(s, type)));
        StatementWriter writer = new StatementWriter(iris);
        Map<Node, List<Summary>> byHeadline = new LinkedHashMap<>();
        byStatement.forEach((statement, pending) -> {
            Node[] key = keys.get(statement);
            List<Report> reports = pending.stream().map(r -> new Report(r.outcome(), r.document(), r.literal(),
                    new BigDecimal(r.literal().getLiteralLexicalForm()), r.qualifier(), r.status(), issued.get(r.document()),
                    authority.of(publisher.get(r.document())))).toList();
            Sources sources = new Sources(statement, key[0], key[1], key[2], interval(key[3]), reports);
            // A period shared by many statements is described once per statement: the store keeps each quad once.
            Summary written = writer.write(sources, sink);
            byHeadline.computeIfAbsent(iris.headlineOf(statement), h -> new ArrayList<>()).add(written);
        });
        byHeadline.forEach((headline, summaries) ->
                Headlines.choose(summaries).ifPresent(best -> Headlines.write(headline, iris.headlineDataSet(), best, sink)));
    }

    private Interval interval(Node period) {
        Node[] instants = intervals.getOrDefault(period, new Node[2]);
        return new Interval(period, instants[0], dates.getOrDefault(instants[0], LocalDate.MIN), instants[1],
                dates.getOrDefault(instants[1], LocalDate.MIN));
    }
}
