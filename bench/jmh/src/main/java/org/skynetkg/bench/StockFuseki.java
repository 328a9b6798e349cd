package org.skynetkg.bench;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;

/** Plain Fuseki with its defaults (5 MiB output buffer) over a TDB2 store: {@code StockFuseki DIR PORT}. */
public final class StockFuseki {
    public static void main(String[] args) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(args[0]);
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer server = FusekiServer.create().port(Integer.parseInt(args[1])).add("/skynet", dsg, false).build();
        // loopback(true) binds "localhost", which may be ::1 only; bind IPv4 loopback like SkynetServer does
        for (var c : server.getJettyServer().getConnectors()) {
            if (c instanceof org.eclipse.jetty.server.ServerConnector sc) {
                sc.setHost("127.0.0.1");
            }
        }
        server.start();
        System.out.println("stock Fuseki on port " + server.getHttpPort());
        server.join();
    }
}
