package org.skynetkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.sys.JenaSystem;
import org.skynetkg.load.Inputs;
import org.skynetkg.load.LoadReport;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.KnowledgeStore;

/** {@code load [--store DIR] FILE|DIR...}: extract and store, one line per document. */
final class LoadCommand implements Command {
    @Override
    public String name() {
        return "load";
    }

    @Override
    public String arguments() {
        return "FILE|DIR...";
    }

    @Override
    public String description() {
        return "extract announcements (*.txt) and store each as one named graph, replacing its earlier version";
    }

    @Override
    public Options options() {
        return LoadOptions.add(CommonOptions.pipeline(CommonOptions.store(new Options())));
    }

    @Override
    public int run(CommandLine line, Console console) {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("load needs at least one announcement file or folder");
        }
        List<Path> files = Inputs.expand(line.getArgList().stream().map(Path::of).toList());
        LoadReport report = load(line, files, console);
        console.err().println(report.summary());
        return report.failed() == 0 ? 0 : 1;
    }

    static LoadReport load(CommandLine line, List<Path> files, Console console) {
        // Options first: a usage error must not leave a new store folder behind.
        Iris iris = CommonOptions.iris(line);
        long maxBytes = CommonOptions.maxBytes(line);
        LoadOptions.check(line);
        // The pipeline (gazetteer, patterns, shapes) is built while this thread opens the store: both start cold.
        // Jena initialises once, here: initialising it from two threads at once deadlocks in its class initialisers.
        JenaSystem.init();
        CompletableFuture<Loader> loader = CompletableFuture.supplyAsync(() -> LoadOptions.configure(
                new Loader(new Pipeline(iris, maxBytes)), line, console).onDocument(r -> {
                    if (r.ok()) {
                        console.out().println(r.summary());
                        r.warnings().forEach(w -> console.err().println("warning: " + w));
                    } else {
                        console.err().println(r.summary());
                    }
                }));
        try (KnowledgeStore store = KnowledgeStore.open(CommonOptions.storeDir(line))) {
            return join(loader).load(store, files);
        }
    }

    private static Loader join(CompletableFuture<Loader> loader) {
        try {
            return loader.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
