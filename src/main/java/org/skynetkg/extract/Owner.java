package org.skynetkg.extract;

import java.util.function.Supplier;

/**
 * The operation a figure was given to, how firmly, and why: {@link #NAMED} when its sentence names the operation
 * and its year, {@link #PERIOD} when the sentence states the period and the series comes from its words or the
 * document, {@link #CARRIED} when it continues the figures before it, {@link #DOCUMENT} when only the document
 * as a whole tells (the one operation of the series whose results it reports). {@code candidates} says what
 * each source of evidence offered, for {@code extract --explain}.
 */
public record Owner(OperationRef operation, int strength, String reason, Supplier<String> candidates) {
    public static final int DOCUMENT = 0;
    public static final int CARRIED = 1;
    public static final int PERIOD = 2;
    public static final int NAMED = 3;

    Owner(OperationRef operation, int strength, String reason) {
        this(operation, strength, reason, () -> "");
    }

    /** The same operation, now carried to a figure after it. */
    Owner carried(String why) {
        return new Owner(operation, Math.min(strength, CARRIED), why, () -> "");
    }

    /** This owner, with what else was considered for the figure ("name none; words fox-hunt; ..."), told when asked. */
    Owner considering(Supplier<String> others) {
        return new Owner(operation, strength, reason, others);
    }
}
