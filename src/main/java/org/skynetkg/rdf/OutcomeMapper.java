package org.skynetkg.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.skynetkg.extract.OutcomeFact;
import org.skynetkg.extract.ReferencePeriod;
import org.skynetkg.vocab.PROV;
import org.skynetkg.vocab.SCHEMA;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.SKGV;
import org.skynetkg.vocab.TIME;

/**
 * One outcome figure as an {@code skg:Outcome}: measure, exact value, unit, qualifier, the period stated, the
 * reference period (stated or inferred, see {@link ReferencePeriod}) with its basis and status, the statement it
 * supports, subset. A count of
 * people is an {@code xsd:integer}; an amount of money an {@code xsd:decimal} in its canonical form, with a digit
 * after the point ({@code "5430000000.0"}), the form TDB2 reads an inlined decimal back in, so that the node a
 * query or a delete names is the node stored (GH-3404: Jena 5.6 reads {@code "412"^^xsd:decimal} back as
 * {@code "412.0"}).
 */
final class OutcomeMapper {
    private final Iris iris;
    private final TripleWriter w;
    private final String docId;
    private final Node doc;
    private final LocalDate published;

    OutcomeMapper(Iris iris, TripleWriter w, String docId, Node doc, LocalDate published) {
        this.iris = iris;
        this.w = w;
        this.docId = docId;
        this.doc = doc;
        this.published = published;
    }

    /** One IRI per claim: operation, measure, value and period; the same claim twice in a document is one node. */
    Node iri(OutcomeFact o) {
        String path = "outcome/" + o.operation().slug() + "/" + o.measure() + "/" + o.value().toPlainString()
                + (o.periodStart() == null ? "" : "/" + o.periodStart() + "--" + o.periodEnd());
        return iris.inDocument(docId, path);
    }

    private void writeValue(Node n, OutcomeFact o) {
        BigDecimal v = o.value().stripTrailingZeros();
        if (!o.money() && v.scale() <= 0) {
            w.typed(n, SCHEMA.value, v.toBigIntegerExact().toString(), XSDDatatype.XSDinteger);
        } else {
            w.typed(n, SCHEMA.value, canonicalDecimal(v), XSDDatatype.XSDdecimal);
        }
    }

    /** The canonical lexical form of an xsd:decimal: "5430000000.0", "2.5", "0.0". */
    static String canonicalDecimal(BigDecimal value) {
        String plain = value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** The period's shared IRI, described with its beginning and end (time:Instants with their dates). */
    private Node interval(LocalDate start, LocalDate end) {
        Node period = iris.period(start, end);
        w.add(period, RDF.type, TIME.ProperInterval);
        instant(period, TIME.hasBeginning, iris.periodInstant(period, "start"), start);
        instant(period, TIME.hasEnd, iris.periodInstant(period, "end"), end);
        return period;
    }

    private void instant(Node period, org.apache.jena.rdf.model.Property p, Node instant, LocalDate date) {
        w.add(period, p, instant);
        w.add(instant, RDF.type, TIME.Instant);
        w.typed(instant, TIME.inXSDDate, date.toString(), XSDDatatype.XSDdate);
    }

    void map(List<OutcomeFact> all, int index, Node evidence) {
        OutcomeFact o = all.get(index);
        Node n = iri(o);
        w.add(n, RDF.type, SKG.Outcome);
        w.english(n, RDFS.label, o.measure() + " of " + o.operation().slug() + ": " + o.value().toPlainString()
                + " " + o.unit());
        w.add(n, SKG.outcomeOf, iris.operation(o.operation()));
        w.add(n, SKG.measure, SKGV.concept(SKGV.measure, o.measure()));
        writeValue(n, o);
        w.add(n, SKG.unit, SKGV.concept(SKGV.unit, o.unit()));
        w.add(n, SKG.qualifier, SKGV.concept(SKGV.qualifier, o.qualifier()));
        if (o.periodStart() != null) {
            w.add(n, SKG.period, iris.period(o.periodStart(), o.periodEnd()));
        }
        ReferencePeriod ref = ReferencePeriod.of(o, published);
        w.add(n, SKG.referencePeriod, interval(ref.start(), ref.end()));
        w.add(n, SKG.periodBasis, SKGV.concept(SKGV.periodBasis, ref.basis()));
        w.add(n, SKG.status, SKGV.concept(SKGV.status, ref.status()));
        w.add(n, SKG.statement, iris.statement(o.operation(), o.measure(), o.unit(), ref.start(), ref.end()));
        if (o.subsetOf() != null) {
            w.add(n, SKG.subsetOf, iri(all.get(o.subsetOf())));
        }
        w.add(n, PROV.wasDerivedFrom, doc);
        w.add(n, SKG.evidence, evidence);
    }
}
