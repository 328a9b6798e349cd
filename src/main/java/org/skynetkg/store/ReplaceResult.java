package org.skynetkg.store;

/**
 * What replacing a named graph did.
 *
 * @param removed quads deleted from the graph before writing
 * @param added quads written that were not already in the dataset
 */
public record ReplaceResult(long removed, long added) {}
