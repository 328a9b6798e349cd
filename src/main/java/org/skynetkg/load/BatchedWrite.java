package org.skynetkg.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.skynetkg.store.KnowledgeStore;

/**
 * The load into a store that holds data: documents written {@code batchSize} at a time in one write transaction.
 * If that transaction fails, its documents are written one per transaction, so that each is either fully in or
 * fully absent and a bad one cannot take the others with it.
 */
final class BatchedWrite {
    private final KnowledgeStore store;
    private final int batchSize;
    private final Consumer<DocumentResult> listener;
    private final List<DocumentResult> results = new ArrayList<>();
    private final List<PreparedDocument> batch = new ArrayList<>();

    BatchedWrite(KnowledgeStore store, int batchSize, Consumer<DocumentResult> listener) {
        this.store = store;
        this.batchSize = batchSize;
        this.listener = listener;
    }

    /** Writes every prepared document, in order; {@code listener} hears of each once its batch is written. */
    List<DocumentResult> run(Preparation chunks) {
        while (chunks.hasNext()) {
            for (PreparedDocument d : chunks.next()) {
                batch.add(d);
                if (batch.size() == batchSize) {
                    flush();
                }
            }
        }
        flush();
        return results;
    }

    private void flush() {
        if (batch.isEmpty()) {
            return;
        }
        for (PreparedDocument d : write()) {
            results.add(d.result());
            listener.accept(d.result());
        }
        batch.clear();
    }

    private List<PreparedDocument> write() {
        try {
            store.inWrite(txn -> batch.stream().filter(PreparedDocument::accepted)
                    .forEach(d -> txn.replaceGraph(d.graphName(), d::emitQuads)));
            return List.copyOf(batch);
        } catch (RuntimeException batchFailed) {
            List<PreparedDocument> out = new ArrayList<>();
            for (PreparedDocument d : batch) {
                try {
                    if (d.accepted()) {
                        store.replaceGraph(d.graphName(), d::emitQuads);
                    }
                    out.add(d);
                } catch (RuntimeException e) {
                    out.add(d.refused("cannot write to the store: " + e.getMessage()));
                }
            }
            return out;
        }
    }
}
