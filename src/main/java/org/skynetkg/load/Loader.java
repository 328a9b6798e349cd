package org.skynetkg.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.skynetkg.SkynetException;
import org.skynetkg.describe.VoidDescription;
import org.skynetkg.statements.StatementsDerivation;
import org.skynetkg.store.BulkPlan;
import org.skynetkg.store.KnowledgeStore;
import org.skynetkg.validate.GraphValidator;

/**
 * Loads announcements into the store: each document becomes one named graph, replaced in one write
 * transaction, so loading a document again leaves no duplicates and a failure leaves the store as it was.
 * The ontology and the reference data are (re)written to their own graphs. One bad file does not stop the others.
 * A document's graph is built in memory and checked against the shapes first: one that does not conform is
 * refused and never reaches the store.
 *
 * <p>Documents are prepared (extracted, mapped, validated) outside any transaction and written {@link #batchSize}
 * at a time in one write transaction; if that transaction fails, its documents are written one per transaction so
 * that each is either fully in or fully absent. Into an EMPTY store, everything is streamed through TDB2's bulk
 * loader instead ({@link #bulk}); if the bulk load fails, the store is emptied again and every document is reported
 * as not loaded.
 */
public final class Loader {
    public static final int DEFAULT_BATCH = 1000;

    private final Pipeline pipeline;
    private GraphValidator validator;
    private Consumer<DocumentResult> listener = r -> { };
    private int batchSize = DEFAULT_BATCH;
    private BulkPlan bulk = BulkPlan.auto();
    private ProgressMeter progress;

    public Loader(Pipeline pipeline) {
        this(pipeline, GraphValidator.create(pipeline.iris(), pipeline.ontology().getGraph(), pipeline.reference().getGraph()));
    }

    /** With other shapes: lets tests refuse a document the shipped shapes accept. */
    Loader(Pipeline pipeline, GraphValidator validator) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Called after each document, e.g. to print its summary line (after the bulk load, when there is one). */
    public Loader onDocument(Consumer<DocumentResult> listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Documents per write transaction (default 1000). */
    public Loader batchSize(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1: " + batchSize);
        }
        this.batchSize = batchSize;
        return this;
    }

    /** The TDB2 bulk loader used for a load into an empty store; null: always transactions. */
    public Loader bulk(BulkPlan bulk) {
        this.bulk = bulk;
        return this;
    }

    /** Switches the SHACL check off: for benchmarks only. */
    public Loader withoutValidation() {
        this.validator = null;
        return this;
    }

    public Loader progress(ProgressMeter progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    public LoadReport load(KnowledgeStore store, List<Path> files) {
        derive(store);
        DocumentPreparer preparer = new DocumentPreparer(pipeline, validator);
        if (progress != null) {
            progress.start(files.size());
        }
        List<DocumentResult> results = bulk != null && store.isEmpty() ? loadBulk(store, files, preparer)
                : loadBatched(store, files, preparer);
        if (results.stream().anyMatch(DocumentResult::ok) || files.isEmpty()) {
            // Only when something changed: a batch of refused files leaves the store exactly as it was.
            refreshVoid(store);
        }
        return new LoadReport(results);
    }

    /**
     * Loads one announcement given as bytes (e.g. an HTTP request body) under the document id {@code id}, replacing
     * its graph in one write transaction, then refreshes the VoID description. Refusals are in the result.
     */
    public DocumentResult load(KnowledgeStore store, String id, byte[] announcement) {
        derive(store);
        PreparedDocument d = new DocumentPreparer(pipeline, validator).prepare(id, () -> pipeline.extract(id, id, announcement));
        if (d.accepted()) {
            store.replaceGraph(d.graphName(), d::emitQuads);
            refreshVoid(store);
        }
        listener.accept(d.result());
        return d.result();
    }

    /** Removes a document's graph in one write transaction; returns the number of quads removed (0: no such document). */
    public long delete(KnowledgeStore store, String id) {
        derive(store);
        long removed = store.replaceGraph(pipeline.iris().graph(id), out -> { }).removed();
        if (removed > 0) {
            refreshVoid(store);
        }
        return removed;
    }

    /** The statements graph follows every write of documents, in the same transaction. */
    private void derive(KnowledgeStore store) {
        store.derive(new StatementsDerivation(pipeline.iris()));
    }

    /**
     * Recomputes the VoID description. Its statistics hold the store's distinct subjects in memory: on a store too
     * large for the heap the documents stay loaded and the user is told, in one line, what is out of date.
     */
    private void refreshVoid(KnowledgeStore store) {
        try {
            VoidDescription.regenerate(store, pipeline.iris());
        } catch (OutOfMemoryError e) {
            throw new SkynetException("the documents were loaded, but the VoID description could not be recomputed "
                    + "within the Java heap; graph/void is out of date until a load with a larger -Xmx");
        }
    }

    /** The largest announcement the pipeline accepts, in bytes. */
    public long maxBytes() {
        return pipeline.maxBytes();
    }

    private List<DocumentResult> loadBatched(KnowledgeStore store, List<Path> files, DocumentPreparer preparer) {
        writeReference(store);
        return new BatchedWrite(store, batchSize, listener).run(new Preparation(preparer, files, this::tick));
    }

    private List<DocumentResult> loadBulk(KnowledgeStore store, List<Path> files, DocumentPreparer preparer) {
        List<DocumentResult> results = new BulkWrite(store, bulk, new ReferenceGraphs(pipeline))
                .run(new Preparation(preparer, files, this::tick), files);
        results.forEach(listener);
        return results;
    }

    private void tick() {
        if (progress != null) {
            progress.documentDone();
        }
    }

    /** The ontology and reference data graphs, replaced so that they follow the jar's version. */
    public void writeReference(KnowledgeStore store) {
        new ReferenceGraphs(pipeline).replace(store);
    }
}
