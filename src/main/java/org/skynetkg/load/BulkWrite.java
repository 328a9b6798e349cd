package org.skynetkg.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.skynetkg.store.BulkPlan;
import org.skynetkg.store.KnowledgeStore;

/**
 * The load into an EMPTY store: the reference graphs and every accepted document streamed through TDB2's bulk
 * loader, which is much faster than transactions. If the bulk load fails, the store is emptied again and every
 * document is reported as not loaded.
 */
final class BulkWrite {
    private final KnowledgeStore store;
    private final BulkPlan plan;
    private final ReferenceGraphs reference;

    BulkWrite(KnowledgeStore store, BulkPlan plan, ReferenceGraphs reference) {
        this.store = store;
        this.plan = plan;
        this.reference = reference;
    }

    /** The result of each file, in order (after the bulk load: it reports nothing until it is done). */
    List<DocumentResult> run(Preparation chunks, List<Path> files) {
        List<DocumentResult> results = new ArrayList<>(files.size());
        try {
            store.bulkLoad(plan, out -> {
                reference.emit(out);
                while (chunks.hasNext()) {
                    for (PreparedDocument d : chunks.next()) {
                        if (d.accepted()) {
                            d.emitQuads(out);
                        }
                        results.add(d.result());
                    }
                }
            });
        } catch (RuntimeException e) {
            String error = "bulk load failed, the store was emptied again: " + e.getMessage();
            results.replaceAll(r -> r.ok() ? new DocumentResult(r.source(), null, 0, 0, error, r.warnings()) : r);
            for (int i = results.size(); i < files.size(); i++) {
                results.add(new DocumentResult(files.get(i).toString(), null, 0, 0, error, List.of()));
            }
        }
        return results;
    }
}
