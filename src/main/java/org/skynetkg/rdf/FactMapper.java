package org.skynetkg.rdf;

import java.util.regex.Pattern;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.skynetkg.document.Slugs;
import org.skynetkg.extract.DocumentFacts;
import org.skynetkg.extract.Gazetteer;
import org.skynetkg.extract.OperationFact;
import org.skynetkg.extract.OperationRef;
import org.skynetkg.extract.OutcomeFact;
import org.skynetkg.extract.RoleFact;
import org.skynetkg.extract.TieFact;
import org.skynetkg.vocab.ORG;
import org.skynetkg.vocab.PROV;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.SKGV;

/**
 * Maps a document's facts to RDF against the skynet-kg ontology, as triples of the document's graph.
 * Agencies and series of the gazetteer are referred to by IRI (their descriptions are in the reference graph);
 * agencies new to the gazetteer are described here.
 */
public final class FactMapper {
    /** Quotes around a name as written, and a trailing comma. */
    private static final Pattern QUOTES = Pattern.compile("^[\"“”'‘’]+|[\"“”'‘’,]+$");
    private final Iris iris;
    private final Gazetteer gazetteer;

    public FactMapper(Iris iris, Gazetteer gazetteer) {
        this.iris = iris;
        this.gazetteer = gazetteer;
    }

    public void map(DocumentFacts facts, StreamRDF stream) {
        TripleWriter w = new TripleWriter(stream);
        String docId = facts.document().id();
        Node doc = iris.document(docId);
        Evidences evidences = new Evidences(iris, w, facts.document(), doc);
        new DocumentMapper(iris, gazetteer, w).map(facts.document(), doc);
        for (OperationFact op : facts.operations()) {
            operation(w, op, doc, evidences);
        }
        Set<String> newAgencies = new HashSet<>();
        for (RoleFact r : facts.roles()) {
            Node op = iris.operation(r.operation());
            Node agency = iris.agency(r.agency());
            Node assoc = iris.inDocument(docId, "role/" + r.operation().slug() + "/"
                    + Slugs.slug(agency.getURI().substring(agency.getURI().lastIndexOf('/') + 1)) + "/" + r.role());
            w.add(op, PROV.qualifiedAssociation, assoc);
            w.add(assoc, RDF.type, PROV.Association);
            w.add(assoc, PROV.agent, agency);
            w.add(assoc, PROV.hadRole, SKGV.concept(SKGV.role, r.role()));
            w.add(assoc, PROV.wasDerivedFrom, doc);
            w.add(assoc, SKG.evidence, evidences.of(r.evidence()));
            if (!r.agency().known() && newAgencies.add(agency.getURI())) {
                w.add(agency, RDF.type, SKG.Agency);
                w.english(agency, SKOS.prefLabel, r.agency().name());
                w.english(agency, RDFS.label, r.agency().name());
            }
        }
        for (TieFact t : facts.ties()) {
            ties(w, t, docId, evidences);
        }
        List<OutcomeFact> outcomes = facts.outcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            new OutcomeMapper(iris, w, docId, doc, facts.document().metadata().published())
                    .map(outcomes, i, evidences.of(outcomes.get(i).evidence()));
        }
    }

    private void operation(TripleWriter w, OperationFact f, Node doc, Evidences evidences) {
        OperationRef ref = f.operation();
        Node op = iris.operation(ref);
        String name = gazetteer.series(ref.series()).map(s -> s.entry().label()).orElse(ref.series()) + " " + ref.year();
        w.add(op, RDF.type, SKG.Operation);
        w.english(op, SKOS.prefLabel, name);
        w.english(op, RDFS.label, name);
        if (f.surface() != null && !f.surface().equalsIgnoreCase(name)) {
            w.name(op, SKOS.altLabel, QUOTES.matcher(f.surface()).replaceAll(""));
        }
        w.typed(op, SKG.year, String.valueOf(ref.year()), XSDDatatype.XSDgYear);
        w.add(op, SKG.series, iris.series(ref.series()));
        if (f.parent() != null) {
            w.add(op, SKG.partOf, iris.operation(f.parent()));
        }
        if (f.launchDate() != null) {
            w.typed(op, SKG.launchDate, f.launchDate().toString(), XSDDatatype.XSDdate);
        }
        w.add(op, SKG.announcedIn, doc);
        w.add(op, SKG.evidence, evidences.of(f.evidence()));
    }

    private void ties(TripleWriter w, TieFact t, String docId, Evidences evidences) {
        Node child = iris.agency(t.child());
        Node parent = iris.agency(t.parent());
        w.add(child, ORG.subOrganizationOf, parent);
        Node statement = iris.inDocument(docId, "tie/" + Slugs.slug(t.child().toString()) + "/" + Slugs.slug(t.parent().toString()));
        w.add(statement, RDF.type, RDF.Statement);
        w.add(statement, RDF.subject, child);
        w.add(statement, RDF.predicate, ORG.subOrganizationOf);
        w.add(statement, RDF.object, parent);
        w.add(statement, SKG.evidence, evidences.of(t.evidence()));
    }
}
