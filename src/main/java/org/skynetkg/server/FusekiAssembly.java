package org.skynetkg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.skynetkg.web.WebPages;

/**
 * The routes of the server, put together from checked settings: the query endpoints with their limits, graph GET,
 * the document route (or its 404), VoID and the HTML pages; then the Jetty connectors' host and output buffer.
 * Plain Fuseki with no modules: no update, no admin, no UI.
 */
final class FusekiAssembly {
    private FusekiAssembly() {}

    static FusekiServer assemble(SkynetServerBuilder s) {
        Context limits = QueryLimits.context(s.queryTimeout, s.allowService);
        DataService.Builder service = DataService.newBuilder(s.dataset);
        for ( String name : new String[] {"", "sparql", "query"} )
            service.addEndpoint(Endpoint.create().operation(Operation.Query).endpointName(name).context(limits)
                    .processor(new LimitedQueryService(s.maxResults)).build());
        service.addEndpoint(Operation.GSP_R, "get");
        FusekiServer.Builder builder = FusekiServer.create();
        // Without credentials the route is there only to say 404 (Fuseki would answer 405 for the dataset).
        builder.addServlet(s.datasetName + "/documents/*", s.credentials == null ? new NoRouteServlet()
                : new DocumentServlet(s.store, s.loader, s.credentials));
        FusekiServer fuseki = builder
                .enableCors(true, null)
                .fusekiModules(FusekiModules.empty())
                .port(s.port)
                .add(s.datasetName, service)
                .addServlet("/void", new VoidServlet(s.dataset, s.voidGraph, s.datasetName))
                .addServlet("/.well-known/void", new VoidServlet(s.dataset, s.voidGraph, s.datasetName))
                .addServlet("", WebPages.landing(s.dataset, s.iris, s.datasetName))
                .addServlet("/id/*", WebPages.entities(s.dataset, s.iris, s.datasetName))
                .addServlet("/queries/*", WebPages.exampleQueries())
                .build();
        configureConnectors(fuseki, s.host, s.outputBufferSize);
        return fuseki;
    }

    // FusekiServer.Builder can only restrict to "localhost"; Jetty binds where the connector says.
    private static void configureConnectors(FusekiServer fuseki, String host, int outputBufferSize) {
        for ( Connector connector : fuseki.getJettyServer().getConnectors() ) {
            if ( connector instanceof ServerConnector serverConnector )
                serverConnector.setHost(host);
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if ( http != null )
                http.getHttpConfiguration().setOutputBufferSize(outputBufferSize);
        }
    }
}
