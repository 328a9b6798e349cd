package org.skynetkg.load;

import java.nio.file.Path;
import java.util.Objects;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.skynetkg.document.Announcement;
import org.skynetkg.document.AnnouncementReader;
import org.skynetkg.extract.DocumentFacts;
import org.skynetkg.extract.Extractor;
import org.skynetkg.extract.Gazetteer;
import org.skynetkg.extract.Patterns;
import org.skynetkg.rdf.FactMapper;
import org.skynetkg.rdf.Iris;
import org.skynetkg.rdf.ReferenceData;

/**
 * Document in, facts out, RDF: reads an announcement, extracts its facts and maps them to the triples of the
 * document's graph. Knows nothing of the command line or of the store.
 */
public final class Pipeline {
    private final Iris iris;
    private final Model ontology;
    private final Model reference;
    private final Extractor extractor;
    private final FactMapper mapper;
    private final AnnouncementReader reader;

    public Pipeline(Iris iris, long maxDocumentBytes) {
        this.iris = Objects.requireNonNull(iris, "iris");
        this.ontology = ReferenceData.ontology();
        this.reference = ReferenceData.reference(iris);
        Gazetteer gazetteer = Gazetteer.from(reference);
        this.extractor = new Extractor(gazetteer, Patterns.load());
        this.mapper = new FactMapper(iris, gazetteer);
        this.reader = new AnnouncementReader(maxDocumentBytes);
    }

    public static Pipeline create() {
        return new Pipeline(Iris.defaults(), AnnouncementReader.DEFAULT_MAX_BYTES);
    }

    public Iris iris() {
        return iris;
    }

    /** The ontology shipped in the jar, parsed once (read only: it is shared by the threads of a load). */
    public Model ontology() {
        return ontology;
    }

    /** The reference data (gazetteer, places, series, identity links) as parsed with this pipeline's base. */
    public Model reference() {
        return reference;
    }

    public Gazetteer gazetteer() {
        return extractor.gazetteer();
    }

    public DocumentFacts extract(Path file) {
        return extract(reader.read(file));
    }

    /** Extracts an announcement given as bytes; {@code source} names it in messages. */
    public DocumentFacts extract(String id, String source, byte[] bytes) {
        return extract(reader.read(id, source, bytes));
    }

    /** The largest announcement accepted, in bytes. */
    public long maxBytes() {
        return reader.maxBytes();
    }

    public DocumentFacts extract(Announcement announcement) {
        return extractor.extract(announcement);
    }

    /** Emits the triples of the document's graph. */
    public void toRdf(DocumentFacts facts, StreamRDF out) {
        mapper.map(facts, out);
    }
}
