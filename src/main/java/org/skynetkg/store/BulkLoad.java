package org.skynetkg.store;

import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/** Runs one TDB2 bulk load into an empty dataset; on failure deletes what was written so the dataset is empty again. */
final class BulkLoad {
    private BulkLoad() {}

    static long run(DatasetGraph dsg, BulkPlan plan, Consumer<StreamRDF> writer) {
        MonitorOutput quiet = (format, args) -> { };
        DataLoader loader = switch (plan) {
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, quiet);
            case PHASED -> LoaderFactory.phasedLoader(dsg, quiet);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, quiet);
        };
        loader.startBulk();
        try {
            writer.accept(loader.stream());
        } catch (RuntimeException e) {
            loader.finishException(e);
            clear(dsg);
            throw e;
        }
        try {
            loader.finishBulk();
        } catch (RuntimeException e) {
            clear(dsg);
            throw e;
        }
        return loader.countQuads() + loader.countTriples();
    }

    private static void clear(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> GraphEraser.eraseAll(dsg));
    }
}
