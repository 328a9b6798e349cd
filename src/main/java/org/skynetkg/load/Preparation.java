package org.skynetkg.load;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * The documents of a load, prepared (extracted, mapped, validated) a chunk at a time on all cores, in the order of
 * the files. While the caller writes one chunk to the store, the next one is being prepared, so that extraction and
 * the store's own work overlap; at most two chunks are held in memory.
 */
final class Preparation implements Iterator<List<PreparedDocument>> {
    /** Documents prepared in parallel at a time: enough to keep the cores busy, few enough to bound memory. */
    static final int CHUNK = 64;
    /**
     * One preparing thread per core, besides the caller's thread that writes: the common pool has one thread less
     * than there are cores, which left one core to preparation while the writer waited for it.
     */
    private static final ForkJoinPool POOL = new ForkJoinPool(Runtime.getRuntime().availableProcessors(),
            pool -> {
                ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
                t.setDaemon(true);
                t.setName("skynet-prepare-" + t.getPoolIndex());
                return t;
            }, null, false);

    private final DocumentPreparer preparer;
    private final List<Path> files;
    private final Runnable tick;
    private int from;
    private final java.util.Map<String, String> sources = new java.util.HashMap<>();
    private CompletableFuture<List<PreparedDocument>> next;

    /** {@code tick} is called once per document prepared (from a preparing thread, one chunk at a time). */
    Preparation(DocumentPreparer preparer, List<Path> files, Runnable tick) {
        this.preparer = preparer;
        this.files = files;
        this.tick = tick;
        this.next = submit();
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public List<PreparedDocument> next() {
        if (next == null) {
            throw new NoSuchElementException();
        }
        List<PreparedDocument> chunk;
        try {
            chunk = next.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        next = submit();
        return distinct(chunk);
    }

    /**
     * A document whose id (from its file name) an earlier file of the load already has is refused: two files must
     * not silently become one document ("a/same.txt" and "b/same.txt").
     */
    private List<PreparedDocument> distinct(List<PreparedDocument> chunk) {
        List<PreparedDocument> out = new java.util.ArrayList<>(chunk.size());
        for (PreparedDocument d : chunk) {
            String earlier = d.graphName() == null ? null : sources.putIfAbsent(d.graphName().getURI(), d.result().source());
            out.add(earlier == null ? d : d.refused("has the same document id as " + earlier
                    + " (ids come from file names); rename one of them"));
        }
        return out;
    }

    private CompletableFuture<List<PreparedDocument>> submit() {
        if (from >= files.size()) {
            return null;
        }
        List<Path> chunk = files.subList(from, Math.min(files.size(), from + CHUNK));
        from += chunk.size();
        return CompletableFuture.supplyAsync(() -> {
            List<PreparedDocument> prepared = chunk.parallelStream().map(preparer::prepare).toList();
            prepared.forEach(d -> tick.run());
            return prepared;
        }, POOL);
    }
}
