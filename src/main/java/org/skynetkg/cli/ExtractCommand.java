package org.skynetkg.cli;

import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.skynetkg.extract.DocumentFacts;
import org.skynetkg.load.Pipeline;
import org.skynetkg.rdf.GraphNaming;
import org.skynetkg.rdf.Prefixes;

/** {@code extract FILE [--format ttl|trig|jsonld|nq] [--explain]}: a document's graph on stdout, no store. */
final class ExtractCommand implements Command {
    static final Map<String, RDFFormat> FORMATS = Map.of("ttl", RDFFormat.TURTLE_PRETTY, "trig", RDFFormat.TRIG_PRETTY,
            "jsonld", RDFFormat.JSONLD11, "nq", RDFFormat.NQUADS, "nt", RDFFormat.NTRIPLES);

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String arguments() {
        return "FILE";
    }

    @Override
    public String description() {
        return "print the graph of one announcement (no store); --explain lists each fact with its rule and sentence";
    }

    @Override
    public Options options() {
        return CommonOptions.pipeline(new Options())
                .addOption(Option.builder("f").longOpt("format").hasArg().argName("FORMAT")
                        .desc("ttl (default), trig, jsonld, nq or nt").get())
                .addOption(Option.builder("e").longOpt("explain")
                        .desc("list the facts, the rule that produced each and its sentence, and the figures left out").get());
    }

    @Override
    public int run(CommandLine line, Console console) {
        if (line.getArgList().size() != 1) {
            throw new UsageException("extract needs exactly one announcement file");
        }
        String name = line.getOptionValue("format", "ttl");
        RDFFormat format = FORMATS.get(name);
        if (format == null) {
            throw new UsageException("unknown --format '" + name + "'; use one of ttl, trig, jsonld, nq, nt");
        }
        Pipeline pipeline = CommonOptions.pipeline(line);
        DocumentFacts facts = pipeline.extract(Path.of(line.getArgList().get(0)));
        facts.warnings().forEach(w -> console.err().println("warning: " + w));
        if (line.hasOption("explain")) {
            console.out().print(Explanation.of(facts));
            return 0;
        }
        DatasetGraph dsg = DatasetGraphFactory.create();
        StreamRDF sink = StreamRDFLib.dataset(dsg);
        org.apache.jena.graph.Node graph = pipeline.iris().graph(facts.document().id());
        pipeline.toRdf(facts, new GraphNaming(sink, graph));
        Prefixes.add(dsg.prefixes(), pipeline.iris());
        if (format.getLang().equals(Lang.TRIG) || format.getLang().equals(Lang.NQUADS) || format.getLang().equals(Lang.JSONLD11)) {
            RDFDataMgr.write(console.out(), dsg, format);
        } else {
            org.apache.jena.graph.Graph g = dsg.getGraph(graph);
            g.getPrefixMapping().setNsPrefixes(org.apache.jena.riot.system.Prefixes.adapt(dsg.prefixes()));
            RDFDataMgr.write(console.out(), g, format);
        }
        console.out().flush();
        return 0;
    }
}
