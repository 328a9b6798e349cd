package org.skynetkg.server;

import org.apache.jena.fuseki.main.FusekiServer;

/**
 * An embedded Fuseki serving one dataset read-only: SPARQL query at {@code {name}}, {@code {name}/sparql}
 * and {@code {name}/query}, graph GET at {@code {name}/get}, the VoID description at {@code /void} and
 * {@code /.well-known/void}; no update, no graph store writes, no admin, no UI. Queries are cancelled after a
 * time limit, SELECT results are capped, SERVICE is off unless allowed. Only with
 * {@link SkynetServerBuilder#credentials}: an authenticated {@code PUT}/{@code DELETE {name}/documents/{id}} that
 * loads or removes one announcement. Built by {@link #create()}; the routes are in {@link FusekiAssembly}.
 */
public final class SkynetServer {
    private final FusekiServer fuseki;
    private final String host;
    private final String datasetName;

    SkynetServer(FusekiServer fuseki, String host, String datasetName) {
        this.fuseki = fuseki;
        this.host = host;
        this.datasetName = datasetName;
    }

    public static SkynetServerBuilder create() {
        return new SkynetServerBuilder();
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
}
