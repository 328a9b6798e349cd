package org.skynetkg.bench;

import java.nio.file.Path;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/** Jena's own TDB2 bulk loader on an N-Quads file into a fresh store: {@code RawBulkLoad phased|parallel|sequential FILE.nq DIR}. */
public final class RawBulkLoad {
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(Path.of(args[2]).toString()));
        DataLoader loader = switch (args[0]) {
            case "parallel" -> LoaderFactory.parallelLoader(dsg, (f, a) -> { });
            case "sequential" -> LoaderFactory.sequentialLoader(dsg, (f, a) -> { });
            default -> LoaderFactory.phasedLoader(dsg, (f, a) -> { });
        };
        loader.startBulk();
        loader.load(args[1]);
        loader.finishBulk();
        System.out.printf("raw %s bulk load: %d quads in %.2f s%n", args[0], loader.countQuads(), (System.nanoTime() - t0) / 1e9);
    }
}
