package org.skynetkg.rdf;

import java.time.LocalDate;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.skynetkg.document.Slugs;
import org.skynetkg.extract.AgencyRef;
import org.skynetkg.extract.OperationRef;

/**
 * The IRIs of the data, all under one base ({@code https://w3id.org/skynet-kg/} unless configured):
 * deterministic, so that the same operation or agency named in two documents is one node.
 */
public final class Iris {
    private static final String STATEMENTS = "id/statement/";
    public static final String DEFAULT_BASE = "https://w3id.org/skynet-kg/";

    /** Document graphs have their own path, so that a file named "void.txt" cannot replace the VoID graph. */
    private static final String DOCUMENT_GRAPHS = "graph/document/";

    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        if (!base.matches("^https?://\\S+/$")) {
            throw new IllegalArgumentException("base IRI must be an http(s) IRI ending in '/': " + base);
        }
        this.base = base;
    }

    public static Iris defaults() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public Node operation(OperationRef op) {
        return iri("id/operation/" + op.slug());
    }

    public Node series(String slug) {
        return iri("id/series/" + slug);
    }

    public Node agency(AgencyRef a) {
        return iri("id/agency/" + (a.known() ? a.slug() : Slugs.slug(a.name())));
    }

    public Node document(String documentId) {
        return iri("id/document/" + documentId);
    }

    public Node graph(String documentId) {
        return iri(DOCUMENT_GRAPHS + documentId);
    }

    /** Whether a graph holds one announcement (not the ontology, reference data, VoID or a linkset). */
    public boolean isDocumentGraph(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(base + DOCUMENT_GRAPHS);
    }

    public Node referenceGraph() {
        return iri("graph/reference");
    }

    public Node ontologyGraph() {
        return iri("graph/ontology");
    }

    /** The graph holding the VoID description of the dataset, regenerated after every load. */
    public Node voidGraph() {
        return iri("graph/void");
    }

    /** The graph of links proposed from one external source ({@code name} is a slug), see {@code link}. */
    public Node linksetGraph(String name) {
        if (!name.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("linkset name must be lower-case letters, digits and '-': '" + name + "'");
        }
        return iri("graph/linkset/" + name);
    }

    /** The dataset as a whole, the subject of its VoID description. */
    public Node dataset() {
        return iri("dataset");
    }

    /** A period of time, shared by every figure about it: {@code id/period/2021-01-01--2021-12-31}. */
    public Node period(LocalDate start, LocalDate end) {
        return iri("id/period/" + start + "--" + end);
    }

    /** The beginning ({@code "start"}) or end ({@code "end"}) of a period of {@link #period}, a time:Instant. */
    public Node periodInstant(Node period, String which) {
        return NodeFactory.createURI(period.getURI() + "/" + which);
    }

    /** What is known of one operation's measure, in one unit, over one reference period, from every source. */
    public Node statement(OperationRef op, String measure, String unit, LocalDate start, LocalDate end) {
        return iri(STATEMENTS + op.slug() + "/" + measure + "/" + unit + "/" + start + "--" + end);
    }

    /** The headline figure of a statement's operation, measure and unit: its statement IRI without the period. */
    public Node headlineOf(Node statement) {
        String s = statement.getURI();
        if (!s.startsWith(base + STATEMENTS)) {
            throw new IllegalArgumentException("Not a statement IRI: " + s);
        }
        String key = s.substring((base + STATEMENTS).length(), s.lastIndexOf('/'));
        return iri("id/headline/" + key);
    }

    /** One of the values reported for a statement, e.g. {@code …/value/3500-atLeast}. */
    public Node reportedValue(Node statement, String value, String qualifier) {
        return NodeFactory.createURI(statement.getURI() + "/value/" + value + "-" + qualifier);
    }

    /** The RDF Data Cube data set whose observations are the statements. */
    public Node statementsDataSet() {
        return iri("dataset/statements");
    }

    /** The RDF Data Cube data set whose observations are the headline figures. */
    public Node headlineDataSet() {
        return iri("dataset/headline");
    }

    /** The graph of statements and headline figures, derived from the document graphs in the same transaction. */
    public Node statementsGraph() {
        return iri("graph/statements");
    }

    public Node inDocument(String documentId, String path) {
        return iri("id/document/" + documentId + "/" + path);
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }
}
