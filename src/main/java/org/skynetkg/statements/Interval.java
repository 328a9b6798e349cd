package org.skynetkg.statements;

import java.time.LocalDate;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.skynetkg.vocab.TIME;

/** A reference period as the document graphs describe it: the interval, its two instants and their dates. */
record Interval(Node period, Node beginning, LocalDate start, Node end, LocalDate finish) {

    /** The interval's description, so that the statements graph stands on its own. */
    void write(Sink out) {
        out.add(period, RDF.Nodes.type, TIME.ProperInterval.asNode());
        for (Node instant : List.of(beginning, end)) {
            out.add(period, instant == beginning ? TIME.hasBeginning.asNode() : TIME.hasEnd.asNode(), instant);
            out.add(instant, RDF.Nodes.type, TIME.Instant.asNode());
            LocalDate date = instant == beginning ? start : finish;
            out.add(instant, TIME.inXSDDate.asNode(), NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
        }
    }
}
