package org.skynetkg.server;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.skynetkg.SkynetException;
import org.skynetkg.load.Loader;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.KnowledgeStore;
import org.skynetkg.web.WebPages;

/**
 * An embedded Fuseki serving one dataset read-only: SPARQL query at {@code {name}}, {@code {name}/sparql}
 * and {@code {name}/query}, graph GET at {@code {name}/get}, the VoID description at {@code /void} and
 * {@code /.well-known/void}; no update, no graph store writes, no admin, no UI. Queries are cancelled after a
 * time limit, SELECT results are capped, SERVICE is off unless allowed. Only with {@link Builder#credentials}: an
 * authenticated {@code PUT}/{@code DELETE {name}/documents/{id}} that loads or removes one announcement.
 */
public final class SkynetServer {
    private final FusekiServer fuseki;
    private final String host;
    private final String datasetName;

    private SkynetServer(FusekiServer fuseki, String host, String datasetName) {
        this.fuseki = fuseki;
        this.host = host;
        this.datasetName = datasetName;
    }

    public static Builder create() {
        return new Builder();
    }

    public SkynetServer start() {
        fuseki.start();
        return this;
    }

    public void stop() {
        fuseki.stop();
    }

    /** Waits until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** The port actually bound (useful after {@code port(0)}); valid after {@link #start()}. */
    public int port() {
        return fuseki.getHttpPort();
    }

    public String host() {
        return host;
    }

    /** For example {@code http://127.0.0.1:3030/skynet/sparql}. */
    public String sparqlEndpoint() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + datasetName + "/sparql";
    }

    FusekiServer fusekiServer() {
        return fuseki;
    }

    public static final class Builder {
        private DatasetGraph dataset;
        private String host = "127.0.0.1";
        private int port = 3030;
        private String datasetName = "/skynet";
        private int outputBufferSize = 32 * 1024;
        private Node voidGraph = Iris.defaults().voidGraph();
        private Iris iris = Iris.defaults();
        private KnowledgeStore store;
        private Loader loader;
        private Credentials credentials;
        private Duration queryTimeout = Duration.ofSeconds(5);
        private long maxResults = 100_000;
        private boolean allowService;

        private Builder() {}

        public Builder store(KnowledgeStore store) {
            this.dataset = requireNonNull(store, "store").datasetGraph();
            this.store = store;
            return this;
        }

        public Builder dataset(DatasetGraph dataset) {
            this.dataset = requireNonNull(dataset, "dataset");
            return this;
        }

        public Builder host(String host) {
            this.host = requireNonNull(host, "host");
            return this;
        }

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder datasetName(String datasetName) {
            this.datasetName = requireNonNull(datasetName, "datasetName");
            return this;
        }

        /** Jetty's per-response output buffer; Fuseki's own default is 5 MiB. */
        public Builder outputBufferSize(int outputBufferSize) {
            this.outputBufferSize = outputBufferSize;
            return this;
        }

        /** The named graph whose VoID description is served at /void (default: that of the default base). */
        public Builder voidGraph(Node voidGraph) {
            this.voidGraph = requireNonNull(voidGraph, "voidGraph");
            return this;
        }

        /** The base of the data IRIs, which the pages at / and /id/... serve (default: the default base). */
        public Builder iris(Iris iris) {
            this.iris = requireNonNull(iris, "iris");
            return this;
        }

        /** Loads documents written through the authenticated route; needs {@link #store} and {@link #credentials}. */
        public Builder loader(Loader loader) {
            this.loader = requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Enables {@code PUT} and {@code DELETE {name}/documents/{id}} for this user only (HTTP basic auth).
         * Without credentials the server is read-only and the route does not exist.
         */
        public Builder credentials(Credentials credentials) {
            this.credentials = requireNonNull(credentials, "credentials");
            return this;
        }

        /** A query running longer is cancelled (default 5 s). */
        public Builder queryTimeout(Duration queryTimeout) {
            this.queryTimeout = requireNonNull(queryTimeout, "queryTimeout");
            return this;
        }

        /** The most rows a SELECT returns: a larger or missing LIMIT is lowered to this (default 100000). */
        public Builder maxResults(long maxResults) {
            this.maxResults = maxResults;
            return this;
        }

        /** Whether queries may call remote endpoints with SERVICE (default false). */
        public Builder allowService(boolean allowService) {
            this.allowService = allowService;
            return this;
        }

        public SkynetServer build() {
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
            Context limits = QueryLimits.context(queryTimeout, allowService);
            DataService.Builder service = DataService.newBuilder(dataset);
            for ( String name : new String[] {"", "sparql", "query"} )
                service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(limits)
                        .processor(new LimitedQueryService(maxResults)).build());
            service.addEndpoint(Operation.GSP_R, "get");
            FusekiServer.Builder builder = FusekiServer.create();
            // Without credentials the route is there only to say 404 (Fuseki would answer 405 for the dataset).
            builder.addServlet(datasetName + "/documents/*", credentials == null ? new NoRouteServlet()
                    : new DocumentServlet(store, loader, credentials));
            FusekiServer fuseki = builder
                    .enableCors(true, null)
                    .fusekiModules(FusekiModules.empty())
                    .port(port)
                    .add(datasetName, service)
                    .addServlet("/void", new VoidServlet(dataset, voidGraph, datasetName))
                    .addServlet("/.well-known/void", new VoidServlet(dataset, voidGraph, datasetName))
                    .addServlet("", WebPages.landing(dataset, iris, datasetName))
                    .addServlet("/id/*", WebPages.entities(dataset, iris, datasetName))
                    .addServlet("/queries/*", WebPages.exampleQueries())
                    .build();
            configureConnectors(fuseki);
            return new SkynetServer(fuseki, host, datasetName);
        }

        // FusekiServer.Builder can only restrict to "localhost"; Jetty binds where the connector says.
        private void configureConnectors(FusekiServer fuseki) {
            for ( Connector connector : fuseki.getJettyServer().getConnectors() ) {
                if ( connector instanceof ServerConnector serverConnector )
                    serverConnector.setHost(host);
                HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
                if ( http != null )
                    http.getHttpConfiguration().setOutputBufferSize(outputBufferSize);
            }
        }
    }
}
