package org.skynetkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.skynetkg.SkynetException;
import org.skynetkg.describe.Export;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.KnowledgeStore;

/** {@code export [--store DIR] [--format trig|nq] [--void-only] [OUT]}: the whole store, or its VoID, to a file or stdout. */
final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String arguments() {
        return "[OUT]";
    }

    @Override
    public String description() {
        return "write every named graph of the store as TriG or N-Quads (or only its VoID, as Turtle) to OUT or stdout";
    }

    @Override
    public Options options() {
        return CommonOptions.base(CommonOptions.store(new Options()))
                .addOption(Option.builder("f").longOpt("format").hasArg().argName("FORMAT")
                        .desc("trig (default) or nq").get())
                .addOption(Option.builder().longOpt("void-only").desc("write only the VoID description, as Turtle").get());
    }

    @Override
    public int run(CommandLine line, Console console) {
        if (line.getArgList().size() > 1) {
            throw new UsageException("export takes at most one output file");
        }
        if (line.hasOption("void-only") && line.hasOption("format")) {
            throw new UsageException("--void-only writes Turtle; --format does not apply");
        }
        Export.Format format;
        try {
            format = Export.Format.parse(line.getOptionValue("format", "trig"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format: " + e.getMessage());
        }
        Iris iris = CommonOptions.iris(line);
        Path file = line.getArgList().isEmpty() ? null : Path.of(line.getArgList().get(0));
        try (KnowledgeStore store = KnowledgeStore.open(CommonOptions.storeDir(line));
             OutputStream out = file == null ? new NonClosing(console.out()) : Files.newOutputStream(file)) {
            if (line.hasOption("void-only")) {
                Export.voidOnly(store, iris, out);
            } else {
                Export.dataset(store, iris, format, out);
            }
        } catch (IOException e) {
            throw new SkynetException(file + ": cannot write: " + e.getMessage(), e);
        }
        return 0;
    }

    /** Flushes, but leaves stdout open for the caller. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
