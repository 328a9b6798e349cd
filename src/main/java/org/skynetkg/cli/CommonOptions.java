package org.skynetkg.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.skynetkg.document.AnnouncementReader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.rdf.Iris;

/** Options several commands share: the store folder, the base IRI, the size limit of one announcement. */
final class CommonOptions {
    static final String DEFAULT_STORE = "store";

    private CommonOptions() {}

    static Options store(Options o) {
        return o.addOption(Option.builder("s").longOpt("store").hasArg().argName("DIR")
                .desc("TDB2 store folder (default ./" + DEFAULT_STORE + ")").get());
    }

    static Options base(Options o) {
        return o.addOption(Option.builder().longOpt("base").hasArg().argName("IRI")
                .desc("base IRI of the data (default " + Iris.DEFAULT_BASE + ")").get());
    }

    static Options pipeline(Options o) {
        return base(o)
                .addOption(Option.builder().longOpt("max-bytes").hasArg().argName("N")
                        .desc("largest announcement accepted, in bytes (default " + AnnouncementReader.DEFAULT_MAX_BYTES + ")").get());
    }

    static Path storeDir(CommandLine line) {
        return Path.of(line.getOptionValue("store", DEFAULT_STORE));
    }

    static Pipeline pipeline(CommandLine line) {
        return new Pipeline(iris(line), maxBytes(line));
    }

    static long maxBytes(CommandLine line) {
        return longValue(line, "max-bytes", AnnouncementReader.DEFAULT_MAX_BYTES);
    }

    static Iris iris(CommandLine line) {
        try {
            return new Iris(line.getOptionValue("base", Iris.DEFAULT_BASE));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    static long longValue(CommandLine line, String option, long fallback) {
        String v = line.getOptionValue(option);
        if (v == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " must be a non-negative whole number, not '" + v + "'");
        }
    }
}
