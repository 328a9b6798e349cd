package org.skynetkg.extract;

/**
 * The operation a figure was given to, how firmly, and why: {@link #NAMED} when its sentence names the operation
 * and its year, {@link #PERIOD} when the sentence states the period and the series comes from its words or the
 * document, {@link #CARRIED} when it continues the figures before it, {@link #DOCUMENT} when only the document
 * as a whole tells (the one operation of the series whose results it reports).
 */
public record Owner(OperationRef operation, int strength, String reason) {
    public static final int DOCUMENT = 0;
    public static final int CARRIED = 1;
    public static final int PERIOD = 2;
    public static final int NAMED = 3;

    /** The same operation, now carried to a figure after it. */
    Owner carried(String why) {
        return new Owner(operation, Math.min(strength, CARRIED), why);
    }
}
