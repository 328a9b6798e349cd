package org.skynetkg.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.skynetkg.rdf.Iris;
import org.skynetkg.vocab.QB;
import org.skynetkg.vocab.SCHEMA;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.SKGV;

/**
 * Writes one statement from its sources: the statement with its preferred value, status, counts, preference and
 * documents (each once), and each reported value with the outcomes that report it.
 */
final class StatementWriter {
    private final Iris iris;

    StatementWriter(Iris iris) {
        this.iris = iris;
    }

    Summary write(Sources sources, Sink out) {
        Node statement = sources.statement();
        Judgement j = Judgement.of(values(sources.reports()), sources.money());
        ReportedValue preferred = j.preferred();
        String label = label(sources, preferred);
        String status = status(preferred, j.agreeing());
        out.add(statement, RDF.Nodes.type, SKG.Statement.asNode());
        out.add(statement, RDF.Nodes.type, QB.Observation.asNode());
        out.add(statement, QB.dataSet.asNode(), iris.statementsDataSet());
        out.add(statement, RDFS.Nodes.label, NodeFactory.createLiteralLang(label, "en"));
        out.add(statement, SKG.outcomeOf.asNode(), sources.operation());
        out.add(statement, SKG.measure.asNode(), sources.measure());
        out.add(statement, SKG.unit.asNode(), sources.unit());
        out.add(statement, SKG.referencePeriod.asNode(), sources.period().period());
        sources.period().write(out);
        out.add(statement, SCHEMA.value.asNode(), preferred.literal());
        out.add(statement, SKG.qualifier.asNode(), concept(SKGV.qualifier, preferred.qualifier()));
        out.add(statement, SKG.status.asNode(), concept(SKGV.status, status));
        out.add(statement, SKG.preference.asNode(), concept(SKGV.preference, j.reason()));
        out.add(statement, SKG.sourceCount.asNode(), count(j.sources().size()));
        out.add(statement, SKG.conflictCount.asNode(), count(j.conflicting().size()));
        j.sources().forEach(doc -> out.add(statement, DCTerms.source.asNode(), doc));
        value(statement, SKG.preferredValue, preferred, out);
        j.agreeing().forEach(v -> value(statement, SKG.agreeingValue, v, out));
        j.conflicting().forEach(v -> value(statement, SKG.conflictingValue, v, out));
        return new Summary(statement, sources.operation(), sources.measure(), sources.unit(), sources.period(),
                preferred.literal(), preferred.qualifier(), status, j.sources().size(), j.conflicting().size(), label);
    }

    private void value(Node statement, Resource link, ReportedValue v, Sink out) {
        Node n = iris.reportedValue(statement, v.plain(), v.qualifier());
        out.add(statement, link.asNode(), n);
        out.add(n, RDF.Nodes.type, SKG.ReportedValue.asNode());
        int docs = v.documents().size();
        out.add(n, RDFS.Nodes.label, NodeFactory.createLiteralLang((v.exact() ? "" : v.qualifier() + " ") + v.plain()
                + ", reported by " + docs + (docs == 1 ? " announcement" : " announcements"), "en"));
        out.add(n, SCHEMA.value.asNode(), v.literal());
        out.add(n, SKG.qualifier.asNode(), concept(SKGV.qualifier, v.qualifier()));
        out.add(n, SKG.sourceCount.asNode(), count(v.documents().size()));
        v.reports().forEach(r -> out.add(n, SKG.supportedBy.asNode(), r.outcome()));
    }

    /** Final when a source of the preferred value or one agreeing with it says so; else interim; else unknown. */
    private static String status(ReportedValue preferred, List<ReportedValue> agreeing) {
        List<ReportedValue> all = new ArrayList<>(agreeing);
        all.add(preferred);
        List<String> statuses = all.stream().flatMap(v -> v.reports().stream()).map(Report::status).toList();
        return statuses.contains("final") ? "final" : statuses.contains("interim") ? "interim" : "unknown";
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
        return notation(s.measure()) + " of " + notation(s.operation()) + ", "
                + s.period().start() + " to " + s.period().finish() + ": " + v.plain() + " " + notation(s.unit());
    }

    /** The notation of a concept of ours: the last segment of its IRI ("final" of {@code vocab/status/final}). */
    static String notation(Node concept) {
        String iri = concept.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    static Node concept(Resource scheme, String notation) {
        return SKGV.concept(scheme, notation).asNode();
    }

    static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
