package org.skynetkg.describe;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.skynetkg.SkynetException;
import org.skynetkg.query.ClasspathQuery;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.KnowledgeStore;

/**
 * The VoID (and DCAT) description of the knowledge graph: the fixed part from {@code void-template.ttl}, the
 * sizes, class partitions, vocabularies and linkset sizes computed from the dataset. Written to
 * {@code {base}graph/void} after every load; served at {@code /void}.
 */
public final class VoidDescription {
    private final Iris iris;
    private String sparqlEndpoint;

    private VoidDescription(Iris iris) {
        this.iris = iris;
    }

    public static VoidDescription create(Iris iris) {
        return new VoidDescription(requireNonNull(iris, "iris"));
    }

    /** The public SPARQL endpoint of the dataset; without one, the description has no void:sparqlEndpoint. */
    public VoidDescription sparqlEndpoint(String url) {
        this.sparqlEndpoint = requireNonNull(url, "url");
        return this;
    }

    /** Regenerates the VoID graph of {@code store} in one write transaction. */
    public static void regenerate(KnowledgeStore store, Iris iris) {
        VoidDescription description = create(iris);
        store.replaceGraph(iris.voidGraph(), out -> description.describe(store.datasetGraph()).find()
                .forEachRemaining(out::triple));
    }

    /** Describes {@code dataset} (all graphs but the VoID graph), in a read transaction or the caller's one. */
    public Graph describe(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        Graph g = template();
        Node ds = iris.dataset();
        VoidStatistics stats = VoidStatistics.of(dataset, iris.voidGraph());
        add(g, ds, VOID.triples, count(stats.triples()));
        add(g, ds, VOID.entities, count(stats.entities()));
        add(g, ds, VOID.classes, count(stats.classes()));
        add(g, ds, VOID.distinctSubjects, count(stats.subjects()));
        add(g, ds, VOID.uriSpace, NodeFactory.createLiteralString(iris.base() + "id/"));
        add(g, ds, DCTerms.modified, NodeFactory.createLiteralDT(
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime));
        stats.vocabularies().forEach(ns -> add(g, ds, VOID.vocabulary, NodeFactory.createURI(ns)));
        stats.classPartitions().forEach((cls, n) -> {
            Node partition = NodeFactory.createBlankNode();
            add(g, ds, VOID.classPartition, partition);
            add(g, partition, VOID._class, cls);
            add(g, partition, VOID.entities, count(n));
        });
        if (sparqlEndpoint != null) {
            addEndpoint(g, ds, sparqlEndpoint);
        }
        for (Binding linkset : ClasspathQuery.load(VoidDescription.class, "linksets.rq").select(inMemory(g))) {
            Map<Node, Long> links = VoidStatistics.links(dataset, iris.voidGraph(), linkset.get("uriSpace").getLiteralLexicalForm());
            links.keySet().forEach(p -> add(g, linkset.get("linkset"), VOID.linkPredicate, p));
            add(g, linkset.get("linkset"), VOID.triples, count(links.values().stream().mapToLong(Long::longValue).sum()));
        }
        return g;
    }

    /** Adds void:sparqlEndpoint and a DCAT distribution for it, e.g. when a server knows its own address. */
    public static void addEndpoint(Graph g, Node dataset, String url) {
        Node endpoint = NodeFactory.createURI(url);
        Node distribution = NodeFactory.createURI(dataset.getURI() + "/distribution/sparql");
        add(g, dataset, VOID.sparqlEndpoint, endpoint);
        add(g, dataset, DCAT.distribution, distribution);
        add(g, distribution, RDF.type, DCAT.Distribution.asNode());
        add(g, distribution, DCTerms.title, NodeFactory.createLiteralLang("SPARQL endpoint", "en"));
        add(g, distribution, DCAT.accessURL, endpoint);
    }

    private Graph template() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = VoidDescription.class.getResourceAsStream("void-template.ttl")) {
            if (in == null) {
                throw new SkynetException("void-template.ttl not found on the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(iris.base()).parse(g);
        } catch (IOException e) {
            throw new SkynetException("cannot read void-template.ttl: " + e.getMessage(), e);
        }
        g.getPrefixMapping().setNsPrefix("id", iris.base() + "id/");
        return g;
    }

    private static DatasetGraph inMemory(Graph g) {
        return DatasetGraphFactory.wrap(g);
    }

    private static void add(Graph g, Node s, org.apache.jena.rdf.model.Property p, Node o) {
        g.add(Triple.create(s, p.asNode(), o));
    }

    private static Node count(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
