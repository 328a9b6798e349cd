package org.skynetkg.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.skynetkg.load.Loader;
import org.skynetkg.load.ProgressMeter;
import org.skynetkg.store.BulkPlan;

/** The loader's speed settings: documents per transaction, bulk loader, validation, progress line. */
final class LoadOptions {
    private LoadOptions() {}

    static Options add(Options o) {
        return o.addOption(Option.builder().longOpt("batch").hasArg().argName("N")
                        .desc("documents per write transaction (default " + Loader.DEFAULT_BATCH + ")").get())
                .addOption(Option.builder().longOpt("bulk").hasArg().argName("LOADER")
                        .desc("TDB2 bulk loader used when the store is empty: auto (default: phased with a heap of 1 GiB or more and more than 2 cores, else sequential), phased, parallel, sequential or off").get())
                .addOption(Option.builder().longOpt("no-validate")
                        .desc("skip the SHACL check of each document (benchmarks only)").get())
                .addOption(Option.builder().longOpt("progress")
                        .desc("print a progress line to stderr every 2 s (default: only on a terminal)").get());
    }

    /** Throws a {@link UsageException} for a bad value, before anything is built or opened. */
    static void check(CommandLine line) {
        batch(line);
        bulk(line.getOptionValue("bulk", "auto"));
    }

    static Loader configure(Loader loader, CommandLine line, Console console) {
        loader.batchSize(batch(line)).bulk(bulk(line.getOptionValue("bulk", "auto")));
        if (line.hasOption("no-validate")) {
            loader.withoutValidation();
        }
        // Java cannot ask whether stderr alone is a terminal; a console means stdin and stdout are.
        if (line.hasOption("progress") || System.console() != null) {
            loader.progress(new ProgressMeter(console.err()));
        }
        return loader;
    }

    private static int batch(CommandLine line) {
        long batch = CommonOptions.longValue(line, "batch", Loader.DEFAULT_BATCH);
        if (batch < 1 || batch > Integer.MAX_VALUE) {
            throw new UsageException("--batch must be at least 1, not '" + line.getOptionValue("batch") + "'");
        }
        return (int) batch;
    }

    private static BulkPlan bulk(String name) {
        if (name.equalsIgnoreCase("off")) {
            return null;
        }
        try {
            return BulkPlan.parse(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--bulk: " + e.getMessage() + " or off");
        }
    }
}
