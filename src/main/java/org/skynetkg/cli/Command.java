package org.skynetkg.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One subcommand: its options, and what it does with them. Commands are thin: the work is in the library. */
interface Command {
    String name();

    /** Arguments after the options, for the usage line, e.g. "FILE|DIR...". */
    String arguments();

    String description();

    Options options();

    /** Runs the command; returns the exit code. Errors for the user are thrown as SkynetException. */
    int run(CommandLine line, Console console) throws Exception;
}
