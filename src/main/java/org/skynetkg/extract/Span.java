package org.skynetkg.extract;

/** Something found in a sentence, at {@code [start, end)} of the sentence text. */
public record Span<T>(int start, int end, T value, String surface) {
}
