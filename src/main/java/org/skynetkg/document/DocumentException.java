package org.skynetkg.document;

import org.skynetkg.SkynetException;

/** An announcement that cannot be read: the message names the file and what is wrong. */
public class DocumentException extends SkynetException {
    private final String source;

    public DocumentException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    public String source() {
        return source;
    }
}
