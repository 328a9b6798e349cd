package org.skynetkg.rdf;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.skynetkg.extract.OutcomeFact;
import org.skynetkg.vocab.PROV;
import org.skynetkg.vocab.SCHEMA;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.SKGV;

/** One outcome figure as an {@code skg:Outcome}: measure, exact decimal value, unit, qualifier, period, subset. */
final class OutcomeMapper {
    private final Iris iris;
    private final TripleWriter w;
    private final String docId;
    private final Node doc;

    OutcomeMapper(Iris iris, TripleWriter w, String docId, Node doc) {
        this.iris = iris;
        this.w = w;
        this.docId = docId;
        this.doc = doc;
    }

    /** One IRI per claim: operation, measure, value and period; the same claim twice in a document is one node. */
    Node iri(OutcomeFact o) {
        String path = "outcome/" + o.operation().slug() + "/" + o.measure() + "/" + o.value().toPlainString()
                + (o.periodStart() == null ? "" : "/" + o.periodStart() + "--" + o.periodEnd());
        return iris.inDocument(docId, path);
    }

    void map(List<OutcomeFact> all, int index, Node evidence) {
        OutcomeFact o = all.get(index);
        Node n = iri(o);
        w.add(n, RDF.type, SKG.Outcome);
        w.english(n, RDFS.label, o.measure() + " of " + o.operation().slug() + ": " + o.value().toPlainString()
                + " " + o.unit());
        w.add(n, SKG.outcomeOf, iris.operation(o.operation()));
        w.add(n, SKG.measure, SKGV.concept(SKGV.measure, o.measure()));
        w.typed(n, SCHEMA.value, o.value().toPlainString(), XSDDatatype.XSDdecimal);
        w.add(n, SKG.unit, SKGV.concept(SKGV.unit, o.unit()));
        w.add(n, SKG.qualifier, SKGV.concept(SKGV.qualifier, o.qualifier()));
        if (o.periodStart() != null) {
            w.add(n, SKG.period, FactMapper.interval(w, n, o.periodStart(), o.periodEnd()));
        }
        if (o.subsetOf() != null) {
            w.add(n, SKG.subsetOf, iri(all.get(o.subsetOf())));
        }
        w.add(n, PROV.wasDerivedFrom, doc);
        w.add(n, SKG.evidence, evidence);
    }
}
