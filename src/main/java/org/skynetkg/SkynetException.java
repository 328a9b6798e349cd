package org.skynetkg;

/** Base of the unchecked exceptions skynet-kg throws; the message is meant for people. */
public class SkynetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SkynetException(String message) {
        super(message);
    }

    public SkynetException(String message, Throwable cause) {
        super(message, cause);
    }
}
