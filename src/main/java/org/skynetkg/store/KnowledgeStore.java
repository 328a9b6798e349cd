package org.skynetkg.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.skynetkg.SkynetException;

/**
 * The knowledge graph: one named graph per document, a TDB2 database on disk or a transactional
 * in-memory dataset. Queries on {@link #datasetGraph()} see the union of the named graphs as the
 * default graph. All writes go through write transactions; a failed write leaves the store unchanged.
 */
public final class KnowledgeStore implements AutoCloseable {
    // TDB2 caches one connection per folder, so a second open in this JVM would silently share it.
    private static final Set<Path> OPEN_FOLDERS = ConcurrentHashMap.newKeySet();

    private final DatasetGraph storage;
    private final DatasetGraph queryView;
    private final Path folder;
    private final List<Derivation> derivations = new CopyOnWriteArrayList<>();
    private boolean closed;

    private KnowledgeStore(DatasetGraph storage, DatasetGraph queryView, Path folder) {
        this.storage = storage;
        this.queryView = queryView;
        this.folder = folder;
    }

    /** Connects the TDB2 database in {@code dir}, creating the folder and database if needed. */
    public static KnowledgeStore open(Path dir) {
        requireNonNull(dir, "dir");
        Path folder = dir.toAbsolutePath().normalize();
        if ( !OPEN_FOLDERS.add(folder) )
            throw new StoreLockedException(folder, "Store " + folder + " is already open in this process", null);
        try {
            Files.createDirectories(folder);
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(folder));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new KnowledgeStore(dsg, dsg, folder);
        } catch (DBOpEnvException ex) {
            OPEN_FOLDERS.remove(folder);
            throw translate(folder, ex);
        } catch (IOException | RuntimeException ex) {
            OPEN_FOLDERS.remove(folder);
            throw new SkynetException("Cannot open store " + folder + ": " + ex.getMessage(), ex);
        }
    }

    private static SkynetException translate(Path folder, DBOpEnvException ex) {
        // ProcessFileLock: "Failed to get a lock: file='…/tdb.lock': held by process 1234"
        String msg = String.valueOf(ex.getMessage());
        if ( !msg.startsWith("Failed to get a lock") )
            return new SkynetException("Cannot open store " + folder + ": " + msg, ex);
        return new StoreLockedException(folder, "Store " + folder + " is locked: another skynet-kg process"
                + " (e.g. 'serve') holds it. Stop that process, or load through it. (" + msg + ")", ex);
    }

    /** A transactional in-memory store with the same union-default-graph behaviour for queries. */
    public static KnowledgeStore inMemory() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        return new KnowledgeStore(dsg, new UnionDefaultGraph(dsg), null);
    }

    /** The dataset to query or serve: its default graph, for queries, is the union of the named graphs. */
    public DatasetGraph datasetGraph() {
        return queryView;
    }

    /** Replaces one named graph in its own write transaction; see {@link Batch#replaceGraph}. */
    public ReplaceResult replaceGraph(Node graphName, Consumer<StreamRDF> writer) {
        AtomicReference<ReplaceResult> result = new AtomicReference<>();
        inWrite(batch -> result.set(batch.replaceGraph(graphName, writer)));
        return result.get();
    }

    /**
     * Keeps {@code derivation} up to date in every write transaction and bulk load from now on (what is already in
     * the store is not derived again). A second derivation of the same class is ignored: one of each kind.
     */
    public synchronized void derive(Derivation derivation) {
        requireNonNull(derivation, "derivation");
        if ( derivations.stream().anyMatch(d -> d.getClass() == derivation.getClass()) )
            return;
        derivations.add(derivation);
    }

    /** Runs {@code work} in one write transaction: commits if it returns, aborts and rethrows if it throws. */
    public void inWrite(Consumer<Batch> work) {
        requireNonNull(work, "work");
        Txn.executeWrite(storage, () -> {
            List<Derivation.Tracker> trackers = derivations.stream().map(d -> d.track(storage)).toList();
            work.accept(new ReplacingBatch(storage, trackers));
            trackers.forEach(Derivation.Tracker::finish);
        });
    }

    /** True when the store holds no quad at all. */
    public boolean isEmpty() {
        return Txn.calculateRead(storage, storage::isEmpty);
    }

    /**
     * Loads quads into an EMPTY store with TDB2's bulk loader ({@code plan}: parallel, phased or sequential), which
     * is much faster than transactions. If {@code writer} or the loader fails, everything is deleted again, so the
     * store is left empty (as it was) and the error is rethrown. Derivations see every quad and add theirs to the
     * same load. An in-memory store gets one write transaction.
     */
    public long bulkLoad(BulkPlan plan, Consumer<StreamRDF> writer) {
        requireNonNull(plan, "plan");
        requireNonNull(writer, "writer");
        if ( !isEmpty() )
            throw new SkynetException("Bulk loading needs an empty store; " + (folder == null ? "the store" : folder)
                    + " holds data");
        Consumer<StreamRDF> deriving = out -> {
            List<Derivation.Bulk> followers = derivations.stream().map(Derivation::bulk).toList();
            writer.accept(new FollowedStream(out, followers));
            followers.forEach(f -> f.finish(out));
        };
        if ( folder == null ) {
            long[] n = {0};
            Txn.executeWrite(storage, () -> deriving.accept(new CountingStream(storage, n)));
            return n[0];
        }
        return BulkLoad.run(storage, plan, deriving);
    }

    /**
     * Rewrites the TDB2 database without the space that replaced and deleted graphs left behind (TDB2 never
     * overwrites in place: a load of many batches can leave a store several times its data), then deletes the old
     * copy. Needs no transaction open on the store.
     */
    public Compaction compact() {
        if ( folder == null )
            throw new SkynetException("An in-memory store has nothing to compact");
        long before = bytes(folder);
        DatabaseMgr.compact(storage, true);
        return new Compaction(before, bytes(folder));
    }

    /** The total size of the store's files before and after a compaction, in bytes. */
    public record Compaction(long bytesBefore, long bytesAfter) {
    }

    private static long bytes(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new SkynetException("Cannot read the size of " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The names of the graphs holding at least one quad. */
    public Set<Node> graphNames() {
        return Txn.calculateRead(storage, () -> Iter.toSet(storage.listGraphNodes()));
    }

    /** The number of quads in the named graph (0 if there is no such graph). */
    public long size(Node graphName) {
        requireNonNull(graphName, "graphName");
        return Txn.calculateRead(storage,
                () -> Iter.count(storage.find(graphName, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Releases the database and its folder lock; the store cannot be used afterwards. */
    @Override
    public synchronized void close() {
        if ( closed )
            return;
        closed = true;
        if ( folder == null ) {
            storage.close();
            return;
        }
        try {
            TDBInternal.expel(storage);
        } finally {
            OPEN_FOLDERS.remove(folder);
        }
    }
}
