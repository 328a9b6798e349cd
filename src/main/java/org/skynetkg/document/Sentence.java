package org.skynetkg.document;

/**
 * One sentence of an announcement: its text and its span in the document text
 * ({@code start} inclusive, {@code end} exclusive, Java char indices).
 */
public record Sentence(int index, String text, int start, int end) {
}
