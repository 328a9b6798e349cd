package org.skynetkg.cli;

import java.io.PrintStream;

/** Where a command writes: results on {@code out}, messages for people on {@code err}. */
record Console(PrintStream out, PrintStream err) {
    static Console system() {
        return new Console(System.out, System.err);
    }
}
