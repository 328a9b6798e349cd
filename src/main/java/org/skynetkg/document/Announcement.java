package org.skynetkg.document;

import java.util.List;

/**
 * An announcement as read: its id (from the file name), the whole text (front matter included,
 * so that offsets point into the file as the user sees it), where the body starts, and its sentences.
 */
public record Announcement(String id, String sourceName, String text, int bodyStart,
                           Metadata metadata, List<Sentence> sentences) {

    public String body() {
        return text.substring(bodyStart);
    }

    /** Code-point offset of a char index, as W3C Web Annotation text selectors count. */
    public int codePointOffset(int charIndex) {
        return text.codePointCount(0, charIndex);
    }
}
