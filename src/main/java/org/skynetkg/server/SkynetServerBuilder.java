package org.skynetkg.server;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.skynetkg.SkynetException;
import org.skynetkg.load.Loader;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.KnowledgeStore;

/** The settings of a {@link SkynetServer}, checked by {@link #build()}. */
public final class SkynetServerBuilder {
    // Read by FusekiAssembly once build() has checked them.
    DatasetGraph dataset;
    String host = "127.0.0.1";
    int port = 3030;
    String datasetName = "/skynet";
    int outputBufferSize = 32 * 1024;
    Node voidGraph = Iris.defaults().voidGraph();
    Iris iris = Iris.defaults();
    KnowledgeStore store;
    Loader loader;
    Credentials credentials;
    Duration queryTimeout = Duration.ofSeconds(5);
    long maxResults = 100_000;
    boolean allowService;

    SkynetServerBuilder() {}

    public SkynetServerBuilder store(KnowledgeStore store) {
        this.dataset = requireNonNull(store, "store").datasetGraph();
        this.store = store;
        return this;
    }

    public SkynetServerBuilder dataset(DatasetGraph dataset) {
        this.dataset = requireNonNull(dataset, "dataset");
        return this;
    }

    public SkynetServerBuilder host(String host) {
        this.host = requireNonNull(host, "host");
        return this;
    }

    /** 0 picks a free port. */
    public SkynetServerBuilder port(int port) {
        this.port = port;
        return this;
    }

    public SkynetServerBuilder datasetName(String datasetName) {
        this.datasetName = requireNonNull(datasetName, "datasetName");
        return this;
    }

    /** Jetty's per-response output buffer; Fuseki's own default is 5 MiB. */
    public SkynetServerBuilder outputBufferSize(int outputBufferSize) {
        this.outputBufferSize = outputBufferSize;
        return this;
    }

    /** The named graph whose VoID description is served at /void (default: that of the default base). */
    public SkynetServerBuilder voidGraph(Node voidGraph) {
        this.voidGraph = requireNonNull(voidGraph, "voidGraph");
        return this;
    }

    /** The base of the data IRIs, which the pages at / and /id/... serve (default: the default base). */
    public SkynetServerBuilder iris(Iris iris) {
        this.iris = requireNonNull(iris, "iris");
        return this;
    }

    /** Loads documents written through the authenticated route; needs {@link #store} and {@link #credentials}. */
    public SkynetServerBuilder loader(Loader loader) {
        this.loader = requireNonNull(loader, "loader");
        return this;
    }

    /**
     * Enables {@code PUT} and {@code DELETE {name}/documents/{id}} for this user only (HTTP basic auth).
     * Without credentials the server is read-only and the route does not exist.
     */
    public SkynetServerBuilder credentials(Credentials credentials) {
        this.credentials = requireNonNull(credentials, "credentials");
        return this;
    }

    /** A query running longer is cancelled (default 5 s). */
    public SkynetServerBuilder queryTimeout(Duration queryTimeout) {
        this.queryTimeout = requireNonNull(queryTimeout, "queryTimeout");
        return this;
    }

    /** The most rows a SELECT returns: a larger or missing LIMIT is lowered to this (default 100000). */
    public SkynetServerBuilder maxResults(long maxResults) {
        this.maxResults = maxResults;
        return this;
    }

    /** Whether queries may call remote endpoints with SERVICE (default false). */
    public SkynetServerBuilder allowService(boolean allowService) {
        this.allowService = allowService;
        return this;
    }

    public SkynetServer build() {
        check();
        return new SkynetServer(FusekiAssembly.assemble(this), host, datasetName);
    }

    private void check() {
        if ( dataset == null )
            throw new SkynetException("No dataset: call store(...) or dataset(...)");
        if ( host.isBlank() )
            throw new SkynetException("Host is blank: '" + host + "'");
        if ( port < 0 || port > 65535 )
            throw new SkynetException("Port must be 0..65535 (0 = any free port): " + port);
        if ( !datasetName.matches("/[A-Za-z0-9._~-]+") )
            throw new SkynetException("Dataset name must be '/' and letters, digits, '.', '_', '~' or '-': '"
                    + datasetName + "'");
        if ( outputBufferSize <= 0 )
            throw new SkynetException("Output buffer size must be positive: " + outputBufferSize);
        if ( queryTimeout.isNegative() || queryTimeout.isZero() )
            throw new SkynetException("Query timeout must be positive: " + queryTimeout);
        if ( maxResults <= 0 )
            throw new SkynetException("Max results must be positive: " + maxResults);
        if ( credentials != null && (store == null || loader == null) )
            throw new SkynetException("Credentials enable the document route, which needs store(...) and loader(...)");
    }
}
