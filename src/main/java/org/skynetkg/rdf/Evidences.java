package org.skynetkg.rdf;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.skynetkg.document.Announcement;
import org.skynetkg.document.Sentence;
import org.skynetkg.document.Slugs;
import org.skynetkg.extract.Evidence;
import org.skynetkg.vocab.OA;
import org.skynetkg.vocab.SKG;

/**
 * Evidence as W3C Web Annotation: an {@code oa:SpecificResource} of the document, selected by the sentence's
 * exact text ({@code oa:TextQuoteSelector}) and its code-point offsets ({@code oa:TextPositionSelector}),
 * with the id of the rule that fired. One node per sentence and rule.
 */
final class Evidences {
    private final Iris iris;
    private final TripleWriter w;
    private final Announcement announcement;
    private final Node doc;
    private final Set<String> written = new HashSet<>();

    Evidences(Iris iris, TripleWriter w, Announcement announcement, Node doc) {
        this.iris = iris;
        this.w = w;
        this.announcement = announcement;
        this.doc = doc;
    }

    Node of(Evidence e) {
        Sentence s = e.sentence();
        String sentencePath = "sentence/" + (s.index() + 1);
        Node node = iris.inDocument(announcement.id(), "evidence/" + (s.index() + 1) + "/" + Slugs.slug(e.rule()));
        if (written.add(node.getURI())) {
            Node quote = iris.inDocument(announcement.id(), sentencePath + "/quote");
            Node position = iris.inDocument(announcement.id(), sentencePath + "/position");
            w.add(node, RDF.type, OA.SpecificResource);
            w.add(node, OA.hasSource, doc);
            w.add(node, OA.hasSelector, quote);
            w.add(node, OA.hasSelector, position);
            w.literal(node, SKG.rule, e.rule());
            if (written.add(quote.getURI())) {
                w.add(quote, RDF.type, OA.TextQuoteSelector);
                w.literal(quote, OA.exact, s.text());
                w.add(position, RDF.type, OA.TextPositionSelector);
                w.typed(position, OA.start, String.valueOf(announcement.codePointOffset(s.start())),
                        XSDDatatype.XSDnonNegativeInteger);
                w.typed(position, OA.end, String.valueOf(announcement.codePointOffset(s.end())),
                        XSDDatatype.XSDnonNegativeInteger);
            }
        }
        return node;
    }
}
