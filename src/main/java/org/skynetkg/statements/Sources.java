package org.skynetkg.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.skynetkg.rdf.Iris;
import org.skynetkg.vocab.PROV;
import org.skynetkg.vocab.SCHEMA;
import org.skynetkg.vocab.SKG;

/**
 * The outcomes of the document graphs that are sources of one statement ({@code ?outcome skg:statement ?s}), read
 * in the caller's transaction with one index lookup per statement, outcome and announcement, and what they share:
 * operation, measure, unit and reference period.
 */
record Sources(Node operation, Node measure, Node unit, Node period, List<Report> reports) {
    private static final Node NEWS = NodeFactory.createURI(SCHEMA.NS + "NewsMediaOrganization");

    boolean money() {
        return !unit.getURI().endsWith("/person");
    }

    static Sources of(DatasetGraph dsg, Iris iris, Node statement) {
        Node operation = null;
        Node measure = null;
        Node unit = null;
        Node period = null;
        List<Report> reports = new ArrayList<>();
        Iterator<Quad> links = dsg.find(Node.ANY, Node.ANY, SKG.statement.asNode(), statement);
        while (links.hasNext()) {
            Quad link = links.next();
            if (!iris.isDocumentGraph(link.getGraph())) {
                continue;
            }
            Node g = link.getGraph();
            Node outcome = link.getSubject();
            Node literal = null;
            String qualifier = null;
            String status = null;
            Node document = null;
            for (Iterator<Quad> it = dsg.find(g, outcome, Node.ANY, Node.ANY); it.hasNext(); ) {
                Quad q = it.next();
                String p = q.getPredicate().getURI();
                Node o = q.getObject();
                if (p.equals(SCHEMA.value.getURI())) literal = o;
                else if (p.equals(SKG.qualifier.getURI())) qualifier = notation(o);
                else if (p.equals(SKG.status.getURI())) status = notation(o);
                else if (p.equals(PROV.wasDerivedFrom.getURI())) document = o;
                else if (p.equals(SKG.outcomeOf.getURI())) operation = o;
                else if (p.equals(SKG.measure.getURI())) measure = o;
                else if (p.equals(SKG.unit.getURI())) unit = o;
                else if (p.equals(SKG.referencePeriod.getURI())) period = o;
            }
            if (literal == null || document == null) {
                continue;
            }
            reports.add(new Report(outcome, document, literal, new BigDecimal(literal.getLiteralLexicalForm()),
                    qualifier == null ? "exact" : qualifier, status == null ? "unknown" : status,
                    issued(dsg, g, document), authority(dsg, g, document)));
        }
        return new Sources(operation, measure, unit, period, reports);
    }

    private static String notation(Node concept) {
        String iri = concept.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static LocalDate issued(DatasetGraph dsg, Node g, Node document) {
        Iterator<Quad> it = dsg.find(g, document, DCTerms.issued.asNode(), Node.ANY);
        return it.hasNext() ? LocalDate.parse(it.next().getObject().getLiteralLexicalForm()) : null;
    }

    private static int authority(DatasetGraph dsg, Node g, Node document) {
        Iterator<Quad> it = dsg.find(g, document, DCTerms.publisher.asNode(), Node.ANY);
        if (!it.hasNext()) {
            return 0;
        }
        Node publisher = it.next().getObject();
        if (dsg.contains(Node.ANY, publisher, RDF.Nodes.type, SKG.Agency.asNode())) {
            return 2;
        }
        return dsg.contains(Node.ANY, publisher, RDF.Nodes.type, NEWS) ? 1 : 0;
    }
}
