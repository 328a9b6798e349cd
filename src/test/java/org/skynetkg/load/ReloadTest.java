package org.skynetkg.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.store.KnowledgeStore;

/** Loading a document again replaces its graph: the store is the same after one load as after two. */
class ReloadTest {
    @TempDir
    Path dir;

    @Test
    void loadingTwiceLeavesNoDuplicates() {
        List<Path> seed = List.of(Path.of("data/skynet-2022-launch.txt"));
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            Loader loader = new Loader(Pipeline.create());
            loader.load(store, seed);
            String once = dump(store);
            LoadReport again = loader.load(store, seed);
            assertEquals(0, again.failed());
            assertEquals(once, dump(store));
        }
    }

    private static String dump(KnowledgeStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Txn.executeRead(store.datasetGraph(), () -> RDFDataMgr.write(out, store.datasetGraph(), RDFFormat.NQUADS));
        return out.toString().lines().filter(l -> !l.contains("/graph/void>") && !l.contains("void#")).sorted()
                .reduce("", (a, b) -> a + b + "\n");
    }
}
