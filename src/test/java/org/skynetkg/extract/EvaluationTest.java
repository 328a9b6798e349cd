package org.skynetkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skynetkg.evaluate.Evaluator;
import org.skynetkg.evaluate.Score;
import org.skynetkg.load.Pipeline;

/**
 * The extractor against the annotated announcements of {@code src/test/resources/announcements/} (issue 3):
 * outcome figures (operation, measure, value) with F1 at least 0.9 and no false figure, lead agencies 90% right.
 */
class EvaluationTest {
    @ParameterizedTest
    @ValueSource(strings = {"dev", "heldout", "heldout2", "heldout3"})
    void meetsTheTargets(String set) {
        List<Evaluator.DocumentScore> scores = new Evaluator(Pipeline.create())
                .evaluate(Path.of("src/test/resources/announcements", set));
        Score outcomes = scores.stream().map(Evaluator.DocumentScore::outcomes).reduce(new Score(0, 0, 0), Score::plus);
        Score leads = scores.stream().map(Evaluator.DocumentScore::leads).reduce(new Score(0, 0, 0), Score::plus);
        String detail = scores.stream().filter(s -> !s.missed().isEmpty() || !s.wrong().isEmpty())
                .map(s -> s.document() + " missed " + s.missed() + " wrong " + s.wrong()).toList().toString();
        assertEquals(0, outcomes.falsePositives(), "false figures: " + detail);
        assertTrue(outcomes.f1() >= 0.9, "outcomes " + outcomes + " " + detail);
        assertTrue(leads.recall() >= 0.9, "leads " + leads + " " + detail);
    }
}
