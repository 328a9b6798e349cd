package org.skynetkg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.skynetkg.evaluate.Evaluator;
import org.skynetkg.load.Pipeline;

/** The extractor's score on a generated corpus, with the existing Evaluator: {@code Score DIR}. */
public final class Score {
    public static void main(String[] args) {
        List<Evaluator.DocumentScore> scores = new Evaluator(Pipeline.create()).evaluate(Path.of(args[0]));
        System.out.println("documents " + scores.size());
        System.out.println("outcomes " + sum(scores, Evaluator.DocumentScore::outcomes));
        System.out.println("outcomes with unit, qualifier, period " + sum(scores, Evaluator.DocumentScore::detailed));
        System.out.println("leads " + sum(scores, Evaluator.DocumentScore::leads));
    }

    private static org.skynetkg.evaluate.Score sum(List<Evaluator.DocumentScore> s,
                                                   Function<Evaluator.DocumentScore, org.skynetkg.evaluate.Score> f) {
        return s.stream().map(f).reduce(org.skynetkg.evaluate.Score::plus).orElseThrow();
    }
}
