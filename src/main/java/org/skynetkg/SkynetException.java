package org.skynetkg;

/** Base of skynet-kg's exceptions: the message is written for the person who runs the tool. */
public class SkynetException extends RuntimeException {
    public SkynetException(String message) {
        super(message);
    }

    public SkynetException(String message, Throwable cause) {
        super(message, cause);
    }
}
