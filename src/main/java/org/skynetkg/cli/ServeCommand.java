package org.skynetkg.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.skynetkg.load.Inputs;
import org.skynetkg.load.LoadReport;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.server.Credentials;
import org.skynetkg.server.SkynetServer;
import org.skynetkg.server.SkynetServerBuilder;
import org.skynetkg.store.KnowledgeStore;

/**
 * {@code serve [--store DIR] [--host H] [--port N] [--load FILE|DIR]...}: a read-only SPARQL endpoint over the
 * store; with {@code --load}, loads announcements first (the store is held by this process while it serves).
 */
final class ServeCommand implements Command {
    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String description() {
        return "serve the store as a read-only SPARQL endpoint at http://HOST:PORT/skynet/sparql";
    }

    @Override
    public Options options() {
        return CommonOptions.pipeline(CommonOptions.store(new Options()))
                .addOption(Option.builder().longOpt("host").hasArg().argName("HOST")
                        .desc("interface to listen on (default 127.0.0.1; 0.0.0.0 for all)").get())
                .addOption(Option.builder("p").longOpt("port").hasArg().argName("N").desc("port (default 3030)").get())
                .addOption(Option.builder("l").longOpt("load").hasArgs().argName("FILE|DIR")
                        .desc("load these announcements before serving").get())
                .addOption(Option.builder().longOpt("credentials").hasArg().argName("FILE")
                        .desc("file with one line 'user:password' (or set " + Credentials.ENVIRONMENT_VARIABLE
                                + "): enables PUT/DELETE /skynet/documents/{id} for that user; without, read-only").get())
                .addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                        .desc("cancel a query after this many seconds (default 5)").get())
                .addOption(Option.builder().longOpt("max-results").hasArg().argName("N")
                        .desc("most rows a SELECT returns (default 100000)").get())
                .addOption(Option.builder().longOpt("allow-service")
                        .desc("let queries call remote endpoints with SERVICE (off by default)").get());
    }

    @Override
    public int run(CommandLine line, Console console) {
        if (!line.getArgList().isEmpty()) {
            throw new UsageException("serve takes no arguments; did you mean --load " + line.getArgList().get(0) + "?");
        }
        long port = CommonOptions.longValue(line, "port", 3030);
        if (port > 65535) {
            throw new UsageException("--port must be at most 65535, not " + port);
        }
        ServeLimits limits = ServeLimits.of(line, System.getenv(Credentials.ENVIRONMENT_VARIABLE));
        List<Path> toLoad = line.hasOption("load")
                ? Inputs.expand(List.of(line.getOptionValues("load")).stream().map(Path::of).toList()) : List.of();
        KnowledgeStore store = KnowledgeStore.open(CommonOptions.storeDir(line));
        try {
            Pipeline pipeline = CommonOptions.pipeline(line);
            Loader loader = new Loader(pipeline).onDocument(r -> console.err().println(r.summary()));
            LoadReport report = loader.load(store, toLoad);
            if (!toLoad.isEmpty()) {
                console.err().println(report.summary());
            }
            SkynetServerBuilder builder = SkynetServer.create().store(store).voidGraph(pipeline.iris().voidGraph()).iris(pipeline.iris())
                    .host(line.getOptionValue("host", "127.0.0.1")).port((int) port).loader(loader);
            SkynetServer server = limits.apply(builder).build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop();
                store.close();
                console.err().println("stopped; store closed");
                console.err().flush();
                // SIGTERM is how a service is stopped: a clean stop exits 0, not the JVM's 143.
                Runtime.getRuntime().halt(0);
            }, "skynet-kg-shutdown"));
            limits.warnings(server.host()).forEach(w -> console.err().println("warning: " + w));
            console.err().println("serving " + server.sparqlEndpoint() + " (" + limits.describe(server) + "; Ctrl-C to stop)");
            server.join();
            return 0;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }
}
