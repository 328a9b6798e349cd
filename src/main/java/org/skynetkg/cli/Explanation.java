package org.skynetkg.cli;

import org.skynetkg.extract.DocumentFacts;
import org.skynetkg.extract.Evidence;
import org.skynetkg.extract.OperationFact;
import org.skynetkg.extract.OutcomeFact;
import org.skynetkg.extract.RoleFact;
import org.skynetkg.extract.TieFact;

/** The facts of a document as text for people: each with the rule that fired and the sentence it came from. */
final class Explanation {
    private Explanation() {}

    static String of(DocumentFacts f) {
        StringBuilder b = new StringBuilder();
        b.append("document ").append(f.document().id()).append(" (").append(f.document().sourceName()).append(")\n");
        b.append("  published ").append(f.document().metadata().published())
                .append(f.document().metadata().dateInferred() ? " (year inferred)" : "")
                .append(", publisher ").append(f.document().metadata().publisher())
                .append(", place ").append(f.document().metadata().place()).append('\n');
        for (OperationFact o : f.operations()) {
            line(b, "operation " + o.operation() + (o.parent() == null ? "" : " part of " + o.parent())
                    + (o.launchDate() == null ? "" : " launched " + o.launchDate()), o.evidence());
        }
        for (RoleFact r : f.roles()) {
            line(b, "role " + r.role() + ": " + r.agency() + " in " + r.operation(), r.evidence());
        }
        for (TieFact t : f.ties()) {
            line(b, "tie " + t.child() + " is part of " + t.parent(), t.evidence());
        }
        for (int i = 0; i < f.outcomes().size(); i++) {
            OutcomeFact o = f.outcomes().get(i);
            line(b, "outcome #" + i + " " + o.operation() + " " + o.measure() + " = " + o.value().toPlainString() + " "
                    + o.unit() + " (" + o.qualifier() + ")" + (o.periodStart() == null ? "" : " " + o.periodStart() + ".." + o.periodEnd())
                    + (o.subsetOf() == null ? "" : " subset of #" + o.subsetOf()) + " from '" + o.surface() + "'", o.evidence());
            b.append("      owner ").append(o.operation()).append(": ").append(o.owner().reason()).append('\n');
            String candidates = o.owner().candidates().get();
            if (!candidates.isEmpty()) {
                b.append("      candidates: ").append(candidates).append('\n');
            }
        }
        f.notes().forEach(n -> b.append("  note: ").append(n).append('\n'));
        b.append(f.factCount()).append(" facts\n");
        return b.toString();
    }

    private static void line(StringBuilder b, String fact, Evidence e) {
        b.append("  ").append(fact).append('\n')
                .append("      rule ").append(e.rule()).append(", sentence ").append(e.sentence().index() + 1)
                .append(": \"").append(abbreviate(e.sentence().text())).append("\"\n");
    }

    private static String abbreviate(String s) {
        return s.length() > 140 ? s.substring(0, 137) + "..." : s;
    }
}
