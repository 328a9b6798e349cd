package org.skynetkg.load;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/** A progress line for long loads: documents done, rate and time left, at most once every two seconds. */
public final class ProgressMeter {
    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private final LongSupplier clock;
    private long total;
    private long start;
    private long lastPrint;
    private long done;

    public ProgressMeter(PrintStream out) {
        this(out, System::nanoTime);
    }

    ProgressMeter(PrintStream out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
    }

    void start(long total) {
        this.total = total;
        this.done = 0;
        this.start = clock.getAsLong();
        this.lastPrint = start;
    }

    void documentDone() {
        done++;
        long now = clock.getAsLong();
        if (now - lastPrint >= INTERVAL_NANOS) {
            lastPrint = now;
            out.println(line(now));
        }
    }

    String line(long now) {
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        long left = rate <= 0 ? 0 : Math.round((total - done) / rate);
        return String.format("%,d/%,d documents, %.0f docs/s, %d:%02d left", done, total, rate, left / 60, left % 60);
    }
}
