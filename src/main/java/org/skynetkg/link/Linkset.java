package org.skynetkg.link;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.skynetkg.store.KnowledgeStore;

/**
 * Where proposed links go: a named graph {@code {base}graph/linkset/NAME} of the store, or a Turtle file. Links
 * are added to what is there. These are proposals a person or the threshold accepted, never curated data.
 */
public final class Linkset {
    private Linkset() {}

    static Graph of(List<Proposal> links, Map<String, Kind> kinds) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Proposal p : links) {
            Kind kind = kinds.get(p.entity());
            if (kind == null) {
                throw new LinkException("<" + p.entity() + "> is not an agency, place or series of the store");
            }
            g.add(Triple.create(NodeFactory.createURI(p.entity()), kind.linkProperty().asNode(),
                    NodeFactory.createURI(p.candidate())));
        }
        g.getPrefixMapping().setNsPrefix("owl", OWL.NS).setNsPrefix("skos", SKOS.uri);
        return g;
    }

    static void addToStore(KnowledgeStore store, Node graphName, Graph links) {
        Graph merged = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().getGraph(graphName).find().forEachRemaining(merged::add));
        links.find().forEachRemaining(merged::add);
        store.replaceGraph(graphName, out -> merged.find().forEachRemaining(out::triple));
    }

    static void addToFile(Path file, Graph links) {
        Graph merged = GraphFactory.createDefaultGraph();
        if (Files.exists(file)) {
            RDFParser.source(file).parse(merged);
        }
        links.find().forEachRemaining(merged::add);
        merged.getPrefixMapping().setNsPrefixes(links.getPrefixMapping());
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, merged, RDFFormat.TURTLE_PRETTY);
        } catch (IOException e) {
            throw new LinkException(file + ": cannot write the links: " + e.getMessage());
        }
    }

    /** The (entity, target) pairs of the links in a Turtle file written earlier, none if there is no file. */
    static List<Proposal.Pair> inFile(Path file) {
        if (file == null || !Files.exists(file)) {
            return List.of();
        }
        Graph g = RDFParser.source(file).toGraph();
        return g.find().mapWith(t -> new Proposal.Pair(t.getSubject().getURI(), t.getObject().toString())).toList();
    }
}
