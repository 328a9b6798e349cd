package org.skynetkg.store;

/** Which TDB2 bulk loader to use: Jena's parallel loader (many threads), phased (fewer) or sequential (one). */
public enum BulkPlan {
    PARALLEL, PHASED, SEQUENTIAL;

    public static BulkPlan parse(String name) {
        for (BulkPlan p : values()) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown bulk loader '" + name + "'; use parallel, phased or sequential");
    }
}
