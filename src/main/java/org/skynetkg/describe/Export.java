package org.skynetkg.describe;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFOps;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VOID;
import org.skynetkg.SkynetException;
import org.skynetkg.rdf.Iris;
import org.skynetkg.rdf.Prefixes;
import org.skynetkg.store.KnowledgeStore;

/** Writes the store's named graphs as a stream of quads (TriG or N-Quads), or its VoID graph as Turtle. */
public final class Export {
    /** The formats the whole store can be written in. */
    public enum Format {
        TRIG(RDFFormat.TRIG_BLOCKS), NQ(RDFFormat.NQUADS);

        private final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }

        public static Format parse(String name) {
            return switch (name) {
                case "trig" -> TRIG;
                case "nq" -> NQ;
                default -> throw new IllegalArgumentException("unknown format '" + name + "'; use trig or nq");
            };
        }
    }

    private Export() {}

    /** Every quad of every named graph, in one read transaction; the union default graph is not repeated. */
    public static void dataset(KnowledgeStore store, Iris iris, Format format, OutputStream out) {
        requireNonNull(out, "out");
        DatasetGraph dsg = store.datasetGraph();
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, requireNonNull(format, "format").rdf);
        Txn.executeRead(dsg, () -> {
            stream.start();
            StreamRDFOps.sendPrefixesToStream(prefixes(iris), stream);
            dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
            stream.finish();
        });
    }

    /** The VoID graph as Turtle; fails if the store has none (nothing was loaded). */
    public static void voidOnly(KnowledgeStore store, Iris iris, OutputStream out) {
        DatasetGraph dsg = store.datasetGraph();
        Graph g = Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(iris.voidGraph()).find().forEachRemaining(copy::add);
            return copy;
        });
        if (g.isEmpty()) {
            throw new SkynetException("no VoID description in the store (graph <" + iris.voidGraph().getURI()
                    + ">): load announcements first");
        }
        g.getPrefixMapping().setNsPrefixes(org.apache.jena.riot.system.Prefixes.adapt(prefixes(iris)));
        RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
    }

    private static PrefixMap prefixes(Iris iris) {
        PrefixMap map = Prefixes.add(PrefixMapFactory.create(), iris);
        map.add("void", VOID.NS);
        map.add("dcat", DCAT.NS);
        map.add("foaf", FOAF.NS);
        return map;
    }
}
