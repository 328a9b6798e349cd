package org.skynetkg.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.skynetkg.SkynetException;
import org.skynetkg.describe.VoidDescription;
import org.skynetkg.extract.DocumentFacts;
import org.skynetkg.rdf.ReferenceData;
import org.skynetkg.store.KnowledgeStore;
import org.skynetkg.validate.GraphValidator;
import org.skynetkg.validate.ValidationResult;

/**
 * Loads announcements into the store: each document becomes one named graph, replaced in one write
 * transaction, so loading a document again leaves no duplicates and a failure leaves the store as it was.
 * The ontology and the reference data are (re)written to their own graphs. One bad file does not stop the others.
 * A document's graph is built in memory and checked against the shapes first: one that does not conform is
 * refused and never reaches the store.
 */
public final class Loader {
    private final Pipeline pipeline;
    private final GraphValidator validator;
    private Consumer<DocumentResult> listener = r -> { };

    public Loader(Pipeline pipeline) {
        this(pipeline, GraphValidator.create(pipeline.iris()));
    }

    /** With other shapes: lets tests refuse a document the shipped shapes accept. */
    Loader(Pipeline pipeline, GraphValidator validator) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Called after each document, e.g. to print its summary line. */
    public Loader onDocument(Consumer<DocumentResult> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    public LoadReport load(KnowledgeStore store, List<Path> files) {
        writeReference(store);
        List<DocumentResult> results = new ArrayList<>();
        for (Path file : files) {
            DocumentResult r = loadOne(store, file);
            results.add(r);
            listener.accept(r);
        }
        if (results.stream().anyMatch(DocumentResult::ok)) {
            // Only when something changed: a batch of refused files leaves the store exactly as it was.
            VoidDescription.regenerate(store, pipeline.iris());
        }
        return new LoadReport(results);
    }

    /** The ontology and reference data graphs, replaced so that they follow the jar's version. */
    public void writeReference(KnowledgeStore store) {
        Model ontology = ReferenceData.ontology();
        Model reference = pipeline.reference();
        store.inWrite(batch -> {
            batch.replaceGraph(pipeline.iris().ontologyGraph(), out -> emit(ontology, out));
            batch.replaceGraph(pipeline.iris().referenceGraph(), out -> emit(reference, out));
        });
    }

    private static void emit(Model m, StreamRDF out) {
        m.getGraph().find().forEachRemaining(out::triple);
    }

    /**
     * Loads one announcement given as bytes (e.g. an HTTP request body) under the document id {@code id}, replacing
     * its graph in one write transaction, then refreshes the VoID description. Refusals are in the result.
     */
    public DocumentResult load(KnowledgeStore store, String id, byte[] announcement) {
        DocumentResult r = loadOne(store, id, () -> pipeline.extract(id, id, announcement));
        listener.accept(r);
        if (r.ok()) {
            VoidDescription.regenerate(store, pipeline.iris());
        }
        return r;
    }

    /** Removes a document's graph in one write transaction; returns the number of quads removed (0: no such document). */
    public long delete(KnowledgeStore store, String id) {
        long removed = store.replaceGraph(pipeline.iris().graph(id), out -> { }).removed();
        if (removed > 0) {
            VoidDescription.regenerate(store, pipeline.iris());
        }
        return removed;
    }

    /** The largest announcement the pipeline accepts, in bytes. */
    public long maxBytes() {
        return pipeline.maxBytes();
    }

    private DocumentResult loadOne(KnowledgeStore store, Path file) {
        return loadOne(store, file.toString(), () -> pipeline.extract(file));
    }

    private DocumentResult loadOne(KnowledgeStore store, String source, Supplier<DocumentFacts> extraction) {
        try {
            DocumentFacts facts = extraction.get();
            Node graph = pipeline.iris().graph(facts.document().id());
            Graph triples = GraphFactory.createDefaultGraph();
            pipeline.toRdf(facts, StreamRDFLib.graph(triples));
            ValidationResult check = validator.validate(triples);
            if (!check.conforms()) {
                return new DocumentResult(source, null, 0, 0, check.summary(), facts.warnings());
            }
            store.replaceGraph(graph, out -> triples.find().forEachRemaining(out::triple));
            return new DocumentResult(source, graph.getURI(), facts.factCount(), store.size(graph), null, facts.warnings());
        } catch (SkynetException e) {
            return new DocumentResult(source, null, 0, 0, e.getMessage().startsWith(source)
                    ? e.getMessage().substring(source.length()).replaceFirst("^:\\s*", "") : e.getMessage(), List.of());
        }
    }
}
