package org.skynetkg.cli;

import java.net.URI;
import java.nio.file.Path;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.skynetkg.document.Slugs;
import org.skynetkg.link.ExternalSource;
import org.skynetkg.link.LinkProposer;
import org.skynetkg.link.Linking;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.KnowledgeStore;

/**
 * {@code link [--store DIR] [--name NAME] [--threshold X] [--out FILE] [--review-out FILE] SOURCE} proposes links;
 * {@code link --review FILE} applies a person's decisions. Proposed links are never curated: see docs/linking.md.
 */
final class LinkCommand implements Command {
    @Override
    public String name() {
        return "link";
    }

    @Override
    public String arguments() {
        return "SOURCE (an RDF dump file or an http(s) SPARQL endpoint) | --review FILE";
    }

    @Override
    public String description() {
        return "propose identity links to an external RDF source; apply a reviewed proposals file";
    }

    @Override
    public Options options() {
        return CommonOptions.base(CommonOptions.store(new Options()))
                .addOption(opt("name", "NAME", "linkset name (default: from the source); graph {base}graph/linkset/NAME"))
                .addOption(opt("threshold", "X", "score from which a link is made without review (default "
                        + LinkProposer.DEFAULT_THRESHOLD + ")"))
                .addOption(opt("out", "FILE", "write links to this Turtle file instead of the store"))
                .addOption(opt("review-out", "FILE", "proposals to review (default links-review-NAME.tsv beside the store)"))
                .addOption(opt("review", "FILE", "apply the accept/reject decisions of this review file"))
                .addOption(opt("rejected", "FILE", "rejected pairs, never proposed again (default links-rejected.tsv beside the store)"));
    }

    private static Option opt(String name, String arg, String desc) {
        return Option.builder().longOpt(name).hasArg().argName(arg).desc(desc).get();
    }

    @Override
    public int run(CommandLine line, Console console) {
        boolean review = line.hasOption("review");
        if (review ? !line.getArgList().isEmpty() : line.getArgList().size() != 1) {
            throw new UsageException(review ? "link --review takes no SOURCE" : "link needs one SOURCE: an RDF dump or a SPARQL endpoint URL");
        }
        Path storeDir = CommonOptions.storeDir(line).toAbsolutePath().normalize();
        String source = review ? null : line.getArgList().get(0);
        String name = line.getOptionValue("name", source == null ? null : defaultName(source));
        Path rejected = path(line, "rejected", storeDir.resolveSibling("links-rejected.tsv"));
        Path reviewOut = path(line, "review-out", storeDir.resolveSibling("links-review-" + name + ".tsv"));
        Linking.Settings settings = new Linking.Settings(name, threshold(line), path(line, "out", null), reviewOut, rejected);
        Iris iris = CommonOptions.iris(line);
        try (KnowledgeStore store = KnowledgeStore.open(storeDir)) {
            if (review) {
                Linking.Applied a = Linking.applyReview(store, iris, Path.of(line.getOptionValue("review")), settings);
                console.err().println("accepted " + a.accepted() + ", rejected " + a.rejected() + " (remembered in "
                        + rejected + "), undecided " + a.undecided());
            } else {
                Linking.Proposed p = Linking.propose(store, iris, ExternalSource.read(source), settings);
                console.err().println("linked " + p.linked() + " (score >= " + settings.threshold() + ") into "
                        + (settings.out() != null ? settings.out() : "<" + iris.base() + "graph/linkset/" + name + ">")
                        + "; " + p.toReview() + " to review in " + reviewOut);
            }
        }
        return 0;
    }

    private static String defaultName(String source) {
        if (ExternalSource.isEndpoint(source)) {
            return Slugs.slug(String.valueOf(URI.create(source).getHost()));
        }
        return Slugs.slug(Path.of(source).getFileName().toString().replaceFirst("\\.[^.]+$", ""));
    }

    private static Path path(CommandLine line, String option, Path fallback) {
        return line.hasOption(option) ? Path.of(line.getOptionValue(option)) : fallback;
    }

    private static double threshold(CommandLine line) {
        String v = line.getOptionValue("threshold", String.valueOf(LinkProposer.DEFAULT_THRESHOLD));
        try {
            double t = Double.parseDouble(v);
            if (t < 0 || t > 1) {
                throw new NumberFormatException();
            }
            return t;
        } catch (NumberFormatException e) {
            throw new UsageException("--threshold must be a number from 0 to 1, not '" + v + "'");
        }
    }
}
