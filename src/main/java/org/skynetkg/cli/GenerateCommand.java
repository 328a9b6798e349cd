package org.skynetkg.cli;

import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.skynetkg.generate.CorpusGenerator;

/** {@code generate --docs N [--seed S] --out DIR}: a synthetic corpus with gold files, for benchmarks. */
final class GenerateCommand implements Command {
    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String description() {
        return "write N synthetic announcements (NAME.txt + NAME.gold.tsv) for benchmarks; same seed, same files";
    }

    @Override
    public Options options() {
        return CommonOptions.base(new Options())
                .addOption(Option.builder("n").longOpt("docs").hasArg().argName("N").desc("number of announcements (required)").get())
                .addOption(Option.builder().longOpt("seed").hasArg().argName("S").desc("random seed (default 1)").get())
                .addOption(Option.builder("o").longOpt("out").hasArg().argName("DIR").desc("output folder (required)").get());
    }

    @Override
    public int run(CommandLine line, Console console) {
        if (!line.hasOption("docs") || !line.hasOption("out")) {
            throw new UsageException("generate needs --docs N and --out DIR");
        }
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("generate takes no arguments, only options");
        }
        long docs = CommonOptions.longValue(line, "docs", 0);
        if (docs > Integer.MAX_VALUE) {
            throw new UsageException("--docs is too large: " + docs);
        }
        long seed = seed(line.getOptionValue("seed", "1"));
        Path out = Path.of(line.getOptionValue("out"));
        CorpusGenerator generator = new CorpusGenerator(new org.skynetkg.load.Pipeline(CommonOptions.iris(line),
                org.skynetkg.document.AnnouncementReader.DEFAULT_MAX_BYTES).gazetteer());
        int n = generator.generate((int) docs, seed, out);
        console.err().println("wrote " + n + " announcements with gold files to " + out);
        return 0;
    }

    private static long seed(String v) {
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number, not '" + v + "'");
        }
    }
}
