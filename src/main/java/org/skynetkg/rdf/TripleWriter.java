package org.skynetkg.rdf;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;

/** Small helpers to emit triples to a {@link StreamRDF} with vocabulary terms. */
final class TripleWriter {
    private final StreamRDF out;

    TripleWriter(StreamRDF out) {
        this.out = out;
    }

    void add(Node s, Resource p, Node o) {
        out.triple(Triple.create(s, p.asNode(), o));
    }

    void add(Node s, Resource p, Resource o) {
        add(s, p, o.asNode());
    }

    void literal(Node s, Resource p, String value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralString(value));
        }
    }

    void english(Node s, Resource p, String value) {
        if (value != null) {
            add(s, p, NodeFactory.createLiteralLang(value, "en"));
        }
    }

    /** A name as the text writes it: tagged {@code zh} when it holds Han characters, else {@code en}. */
    void name(Node s, Resource p, String value) {
        if (value != null) {
            boolean han = value.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            add(s, p, NodeFactory.createLiteralLang(value, han ? "zh" : "en"));
        }
    }

    void typed(Node s, Resource p, String lexical, RDFDatatype type) {
        add(s, p, NodeFactory.createLiteralDT(lexical, type));
    }
}
