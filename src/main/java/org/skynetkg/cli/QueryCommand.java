package org.skynetkg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.skynetkg.SkynetException;
import org.skynetkg.query.QueryParameters;
import org.skynetkg.query.QueryRunner;
import org.skynetkg.query.QuerySyntaxException;
import org.skynetkg.query.ResultFormat;
import org.skynetkg.store.KnowledgeStore;

/** {@code query [--store DIR] [--format csv|tsv|json|xml|text] [--param NAME=URL]... QUERY_FILE | --query 'SPARQL'}. */
final class QueryCommand implements Command {
    @Override
    public String name() {
        return "query";
    }

    @Override
    public String arguments() {
        return "QUERY_FILE";
    }

    @Override
    public String description() {
        return "run a SPARQL query (a .rq file, or --query) on the store; the default graph is the union of all graphs";
    }

    @Override
    public Options options() {
        return CommonOptions.store(new Options())
                .addOption(Option.builder("f").longOpt("format").hasArg().argName("FORMAT")
                        .desc("csv, tsv, json, xml or text (default text)").get())
                .addOption(Option.builder("q").longOpt("query").hasArg().argName("SPARQL")
                        .desc("the query text, instead of a file").get())
                .addOption(Option.builder().longOpt("param").hasArg().argName("NAME=URL")
                        .desc("replace the IRI <urn:skynet-kg:param:NAME> by URL (repeatable)").get());
    }

    @Override
    public int run(CommandLine line, Console console) {
        ResultFormat format;
        try {
            format = ResultFormat.parse(line.getOptionValue("format", "text"));
        } catch (SkynetException e) {
            throw new UsageException(e.getMessage()); // a wrong command line, as for extract --format
        }
        String source;
        String text;
        if (line.hasOption("query")) {
            if (!line.getArgList().isEmpty()) {
                throw new UsageException("give either --query or a query file, not both");
            }
            source = "--query";
            text = line.getOptionValue("query");
        } else if (line.getArgList().size() == 1) {
            source = line.getArgList().get(0);
            text = read(Path.of(source));
        } else {
            throw new UsageException("query needs one query file (or --query 'SPARQL')");
        }
        try {
            QueryRunner.parse(text);
        } catch (QuerySyntaxException e) {
            throw new SkynetException(source + ": " + e.getMessage());
        }
        text = QueryParameters.substitute(text, params(line));
        try (KnowledgeStore store = KnowledgeStore.open(CommonOptions.storeDir(line))) {
            new QueryRunner(store).run(text, format, console.out());
        }
        return 0;
    }

    private static Map<String, String> params(CommandLine line) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String p : line.hasOption("param") ? line.getOptionValues("param") : new String[0]) {
            Map.Entry<String, String> e = QueryParameters.parse(p);
            if (params.put(e.getKey(), e.getValue()) != null) {
                throw new UsageException("--param " + e.getKey() + " is given twice");
            }
        }
        return params;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new SkynetException(file + ": no such query file");
        } catch (IOException e) {
            throw new SkynetException(file + ": cannot read the query file: " + e.getMessage());
        }
    }
}
