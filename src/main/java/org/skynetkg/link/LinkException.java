package org.skynetkg.link;

import org.skynetkg.SkynetException;

/** A linking input (source, review file, rejected list) that cannot be used. */
public class LinkException extends SkynetException {
    public LinkException(String message) {
        super(message);
    }
}
