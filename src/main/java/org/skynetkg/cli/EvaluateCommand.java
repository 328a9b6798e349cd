package org.skynetkg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.skynetkg.evaluate.EvaluationSet;
import org.skynetkg.evaluate.Evaluator;
import org.skynetkg.evaluate.Score;

/**
 * {@code evaluate DIR...}: the extractor against announcements annotated by people (NAME.txt + NAME.gold.tsv);
 * {@code evaluate --set FILE --texts DIR [--split NAME]}: against a set of real reports kept as one row per text,
 * whose texts are in a folder of one's own.
 */
final class EvaluateCommand implements Command {
    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String arguments() {
        return "DIR... | --set FILE --texts DIR";
    }

    @Override
    public String description() {
        return "score the extractor on annotated announcements (NAME.txt beside NAME.gold.tsv, or a set such as "
                + "eval/real-en.tsv with its texts in a folder): figures and lead agencies";
    }

    @Override
    public Options options() {
        return CommonOptions.pipeline(new Options())
                .addOption(Option.builder().longOpt("set").hasArg().argName("FILE")
                        .desc("an evaluation set, one row per text (eval/real-en.tsv)").get())
                .addOption(Option.builder().longOpt("texts").hasArg().argName("DIR")
                        .desc("the folder holding the set's texts as ID.txt").get())
                .addOption(Option.builder().longOpt("split").hasArg().argName("NAME")
                        .desc("only the rows of this split (dev, test); default all").get());
    }

    @Override
    public int run(CommandLine line, Console console) {
        Evaluator evaluator = new Evaluator(CommonOptions.pipeline(line));
        List<Evaluator.DocumentScore> scores = new ArrayList<>();
        if (line.hasOption("set")) {
            if (!line.hasOption("texts") || !line.getArgList().isEmpty()) {
                throw new UsageException("evaluate --set FILE needs --texts DIR (the folder of the texts) and no other folders");
            }
            List<String> missing = new ArrayList<>();
            EvaluationSet set = EvaluationSet.read(Path.of(line.getOptionValue("set")));
            scores.addAll(evaluator.evaluate(set, line.getOptionValue("split"), Path.of(line.getOptionValue("texts")), missing));
            missing.forEach(id -> console.out().println(id + "  no text (" + id + ".txt) in " + line.getOptionValue("texts")));
            console.out().println((scores.size()) + " of " + (scores.size() + missing.size()) + " texts of the set found");
        } else if (line.getArgList().isEmpty()) {
            throw new UsageException("evaluate needs folders of annotated announcements, or --set FILE --texts DIR");
        } else {
            for (String dir : line.getArgList()) {
                scores.addAll(evaluator.evaluate(Path.of(dir)));
            }
        }
        Score outcomes = new Score(0, 0, 0);
        Score leads = new Score(0, 0, 0);
        for (Evaluator.DocumentScore s : scores) {
            console.out().println(s.document() + "  figures " + s.outcomes() + "  leads " + s.leads());
            s.missed().forEach(m -> console.out().println("    missed " + m));
            s.wrong().forEach(m -> console.out().println("    wrong  " + m));
            outcomes = outcomes.plus(s.outcomes());
            leads = leads.plus(s.leads());
        }
        console.out().println("figures (operation, measure, value): " + outcomes);
        console.out().println("lead agencies: " + leads);
        return 0;
    }
}
