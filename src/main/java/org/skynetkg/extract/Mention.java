package org.skynetkg.extract;

/**
 * An operation named or described in a sentence: its series, the year written with it (or null),
 * whether it is a component recognised by a cue rather than by name.
 */
record Mention(String series, Integer year, boolean cue, boolean lastYear, boolean thisYear) {
}
