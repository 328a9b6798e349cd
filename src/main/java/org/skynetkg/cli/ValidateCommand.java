package org.skynetkg.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.skynetkg.store.KnowledgeStore;
import org.skynetkg.validate.DatasetValidator;
import org.skynetkg.validate.GraphReport;

/**
 * {@code validate [--store DIR] | --data FILE [--format text|ttl]}: checks document graphs against the shapes;
 * exit 0 if all conform, 1 on violations.
 */
final class ValidateCommand implements Command {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String description() {
        return "check every document graph of the store (or of an RDF file, --data) against the SHACL shapes";
    }

    @Override
    public Options options() {
        return CommonOptions.base(CommonOptions.store(new Options()))
                .addOption(Option.builder("d").longOpt("data").hasArg().argName("FILE")
                        .desc("validate this RDF file instead of the store (.ttl, .nt, .rdf, .jsonld; .trig, .nq: every named graph)").get())
                .addOption(Option.builder("f").longOpt("format").hasArg().argName("FORMAT")
                        .desc("text (default): one line per violation; ttl: the SHACL validation report").get());
    }

    @Override
    public int run(CommandLine line, Console console) {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("validate takes no arguments; did you mean --data " + line.getArgList().get(0) + "?");
        }
        if (line.hasOption("data") && line.hasOption("store")) {
            throw new UsageException("give either --store or --data, not both");
        }
        String format = line.getOptionValue("format", "text");
        if (!format.equals("text") && !format.equals("ttl")) {
            throw new UsageException("unknown --format '" + format + "'; use text or ttl");
        }
        DatasetValidator validator = new DatasetValidator(CommonOptions.iris(line));
        List<GraphReport> reports;
        if (line.hasOption("data")) {
            reports = validator.validateFile(Path.of(line.getOptionValue("data")));
        } else {
            try (KnowledgeStore store = KnowledgeStore.open(CommonOptions.storeDir(line))) {
                reports = validator.validate(store.datasetGraph());
            }
        }
        long violations = reports.stream().mapToLong(r -> r.result().violations().size()).sum();
        String total = reports.size() + " documents, " + violations + " violations";
        if (format.equals("ttl")) {
            RDFDataMgr.write(console.out(), GraphReport.combined(reports), RDFFormat.TURTLE_PRETTY);
            console.err().println(total);
        } else {
            reports.forEach(r -> r.lines().forEach(console.out()::println));
            console.out().println(total);
        }
        console.out().flush();
        return reports.stream().allMatch(r -> r.result().conforms()) ? 0 : 1;
    }
}
