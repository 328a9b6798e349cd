package org.skynetkg.statements;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.skynetkg.vocab.QB;
import org.skynetkg.vocab.SCHEMA;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.SKGV;

/**
 * The headline figure of one operation, measure and unit, from its statements: the final statement with the most
 * sources (then the longest period); else the interim one whose period ends last (then the most sources), with
 * status interim; else one of unknown status.
 */
final class Headlines {
    private Headlines() {}

    static Optional<Summary> choose(List<Summary> statements) {
        Comparator<Summary> finals = Comparator.comparingLong(Summary::sources).reversed()
                .thenComparing(s -> s.period().start()).thenComparing(s -> s.period().finish(), Comparator.reverseOrder());
        Comparator<Summary> interims = Comparator.comparing((Summary s) -> s.period().finish(), Comparator.reverseOrder())
                .thenComparing(Comparator.comparingLong(Summary::sources).reversed()).thenComparing(s -> s.period().start());
        return statements.stream().filter(s -> s.status().equals("final")).min(finals)
                .or(() -> statements.stream().filter(s -> s.status().equals("interim")).min(interims))
                .or(() -> statements.stream().min(interims));
    }

    static void write(Node headline, Node dataSet, Summary s, Sink out) {
        out.add(headline, RDF.Nodes.type, SKG.HeadlineFigure.asNode());
        out.add(headline, RDF.Nodes.type, QB.Observation.asNode());
        out.add(headline, QB.dataSet.asNode(), dataSet);
        out.add(headline, RDFS.Nodes.label, NodeFactory.createLiteralLang("headline " + s.label(), "en"));
        out.add(headline, SKG.outcomeOf.asNode(), s.operation());
        out.add(headline, SKG.measure.asNode(), s.measure());
        out.add(headline, SKG.unit.asNode(), s.unit());
        out.add(headline, SKG.statement.asNode(), s.statement());
        out.add(headline, SCHEMA.value.asNode(), s.value());
        out.add(headline, SKG.qualifier.asNode(), StatementWriter.concept(SKGV.qualifier, s.qualifier()));
        out.add(headline, SKG.status.asNode(), StatementWriter.concept(SKGV.status, s.status()));
        out.add(headline, SKG.referencePeriod.asNode(), s.period().period());
        out.add(headline, SKG.sourceCount.asNode(), StatementWriter.count(s.sources()));
        out.add(headline, SKG.conflictCount.asNode(), StatementWriter.count(s.conflicts()));
    }
}
