package org.skynetkg.rdf;

import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.skynetkg.document.Announcement;
import org.skynetkg.document.Language;
import org.skynetkg.document.Metadata;
import org.skynetkg.document.Slugs;
import org.skynetkg.extract.AgencyRef;
import org.skynetkg.extract.Gazetteer;
import org.skynetkg.vocab.SCHEMA;
import org.skynetkg.vocab.SKG;

/** The source document as an {@code skg:Announcement}: title, publisher, date, place, URL, language, text. */
final class DocumentMapper {
    private static final Pattern WEB_URL = Pattern.compile("^https?://\\S+$");
    private final Iris iris;
    private final Gazetteer gazetteer;
    private final TripleWriter w;

    DocumentMapper(Iris iris, Gazetteer gazetteer, TripleWriter w) {
        this.iris = iris;
        this.gazetteer = gazetteer;
        this.w = w;
    }

    void map(Announcement a, Node doc) {
        Metadata m = a.metadata();
        w.add(doc, RDF.type, SKG.Announcement);
        w.literal(doc, DCTerms.identifier, a.id());
        w.name(doc, DCTerms.title, m.title());
        w.name(doc, RDFS.label, m.title() != null ? m.title() : a.id());
        if (m.publisher() != null) {
            Node publisher = gazetteer.organisation(m.publisher()).map(e -> NodeFactory.createURI(e.iri()))
                    .orElseGet(() -> iris.agency(new AgencyRef(null, m.publisher(), false)));
            w.add(doc, DCTerms.publisher, publisher);
            if (gazetteer.organisation(m.publisher()).isEmpty()) {
                w.english(publisher, RDFS.label, m.publisher());
            }
        }
        if (m.published() != null) {
            w.typed(doc, DCTerms.issued, m.published().toString(), XSDDatatype.XSDdate);
            if (m.dateInferred()) {
                w.english(doc, SKOS.editorialNote, "The year of dcterms:issued is inferred from the text: the dateline gives only month and day.");
            }
        }
        if (m.place() != null) {
            Node place = gazetteer.place(m.place()).map(e -> NodeFactory.createURI(e.iri()))
                    .orElseGet(() -> NodeFactory.createURI(iris.base() + "id/place/" + Slugs.slug(m.place())));
            w.add(doc, SCHEMA.locationCreated, place);
            if (gazetteer.place(m.place()).isEmpty()) {
                w.add(place, RDF.type, SCHEMA.Place);
                w.english(place, RDFS.label, m.place());
            }
        }
        if (m.url() != null && WEB_URL.matcher(m.url()).matches()) {
            w.add(doc, DCTerms.source, NodeFactory.createURI(m.url()));
        }
        w.literal(doc, DCTerms.language, Language.of(a));
        w.literal(doc, SCHEMA.text, a.text());
    }
}
