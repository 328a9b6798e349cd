package org.skynetkg.document;

/**
 * One sentence of an announcement: its text and its span in the document text ({@code start} inclusive,
 * {@code end} exclusive, Java char indices), the paragraph (non-blank line) it is in, and whether it is a heading:
 * words that do not end as a sentence does (a headline, a subheading, a caption, or a sentence cut off at the end of
 * a stored page), read for context, but whose figures restate the body's or are incomplete.
 */
public record Sentence(int index, String text, int start, int end, int paragraph, boolean heading) {
}
