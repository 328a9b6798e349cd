package org.skynetkg.cli;

import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.skynetkg.evaluate.Evaluator;
import org.skynetkg.evaluate.Score;

/** {@code evaluate DIR...}: the extractor against announcements annotated by people (NAME.txt + NAME.gold.tsv). */
final class EvaluateCommand implements Command {
    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String arguments() {
        return "DIR...";
    }

    @Override
    public String description() {
        return "score the extractor on annotated announcements (NAME.txt beside NAME.gold.tsv): figures and lead agencies";
    }

    @Override
    public Options options() {
        return CommonOptions.pipeline(new Options());
    }

    @Override
    public int run(CommandLine line, Console console) {
        if (line.getArgList().isEmpty()) {
            throw new UsageException("evaluate needs at least one folder of annotated announcements");
        }
        Evaluator evaluator = new Evaluator(CommonOptions.pipeline(line));
        Score outcomes = new Score(0, 0, 0);
        Score leads = new Score(0, 0, 0);
        for (String dir : line.getArgList()) {
            List<Evaluator.DocumentScore> scores = evaluator.evaluate(Path.of(dir));
            for (Evaluator.DocumentScore s : scores) {
                console.out().println(s.document() + "  figures " + s.outcomes() + "  leads " + s.leads());
                s.missed().forEach(m -> console.out().println("    missed " + m));
                s.wrong().forEach(m -> console.out().println("    wrong  " + m));
                outcomes = outcomes.plus(s.outcomes());
                leads = leads.plus(s.leads());
            }
        }
        console.out().println("figures (operation, measure, value): " + outcomes);
        console.out().println("lead agencies: " + leads);
        return 0;
    }
}
