package org.skynetkg.store;

/** Which TDB2 bulk loader to use: Jena's parallel loader (many threads), phased (fewer) or sequential (one). */
public enum BulkPlan {
    PARALLEL, PHASED, SEQUENTIAL;

    /**
     * The heap below which {@link #auto} picks the sequential loader. The phased loader queues chunks of 100,000
     * tuples for each index and keeps large node caches: loading 9 million quads (50,000 announcements) it ran out
     * of a 512 MiB heap, Jena's own command-line loader as well as ours, while the sequential loader finished.
     */
    static final long PHASED_MIN_HEAP = 1L << 30;

    /**
     * Phased when the heap allows it ({@link #PHASED_MIN_HEAP}) and there are more than two cores, sequential
     * otherwise. The phased loader's extra threads pay off only with cores to spare: on 2 cores, where the loader
     * prepares documents on both, it was slower than the sequential one (1,000 documents: 13.9 s against 11.0 s;
     * Jena's own loader on the same quads: 8.5 s against 7.7 s).
     */
    public static BulkPlan auto(long maxHeapBytes, int cores) {
        return maxHeapBytes >= PHASED_MIN_HEAP && cores > 2 ? PHASED : SEQUENTIAL;
    }

    /** {@link #auto(long, int)} for this JVM's maximum heap and processors. */
    public static BulkPlan auto() {
        return auto(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
    }

    /** A loader by name (case-insensitive); {@code auto} chooses by the heap. */
    public static BulkPlan parse(String name) {
        if (name.equalsIgnoreCase("auto")) {
            return auto();
        }
        for (BulkPlan p : values()) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown bulk loader '" + name + "'; use auto, parallel, phased or sequential");
    }
}
