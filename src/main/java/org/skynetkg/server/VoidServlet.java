package org.skynetkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.apache.jena.vocabulary.XSD;
import org.skynetkg.describe.VoidDescription;

/**
 * GET only: the VoID graph of the store as Turtle (or JSON-LD, N-Triples by content negotiation), with the
 * SPARQL endpoint as the client reached it added as void:sparqlEndpoint. Read in a read transaction.
 */
final class VoidServlet extends HttpServlet {
    private static final AcceptList OFFER = AcceptList.create(WebContent.contentTypeTurtle,
            WebContent.contentTypeJSONLD, WebContent.contentTypeNTriples);

    private final transient DatasetGraph dataset;
    private final transient Node voidGraph;
    private final String datasetName;

    VoidServlet(DatasetGraph dataset, Node voidGraph, String datasetName) {
        this.dataset = dataset;
        this.voidGraph = voidGraph;
        this.datasetName = datasetName;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Graph description = Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.getGraph(voidGraph).find().forEachRemaining(copy::add);
            return copy;
        });
        if (description.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No VoID description in the store <" + voidGraph.getURI()
                    + ">: load announcements first");
            return;
        }
        String endpoint = req.getRequestURL().toString().replaceFirst("(?<=//[^/]{1,300})/.*$", "")
                + req.getContextPath() + datasetName + "/sparql";
        description.find(Node.ANY, FOAF.primaryTopic.asNode(), Node.ANY).toList()
                .forEach(t -> VoidDescription.addEndpoint(description, t.getObject(), endpoint));
        MediaType type = AcceptList.match(accept(req), OFFER);
        String contentType = type == null ? WebContent.contentTypeTurtle : type.getContentTypeStr();
        RDFFormat format = switch (contentType) {
            case WebContent.contentTypeJSONLD -> RDFFormat.JSONLD;
            case WebContent.contentTypeNTriples -> RDFFormat.NTRIPLES;
            default -> RDFFormat.TURTLE_PRETTY;
        };
        description.getPrefixMapping().setNsPrefix("void", VOID.NS).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("dcat", DCAT.NS).setNsPrefix("foaf", FOAF.NS).setNsPrefix("rdf", RDF.uri)
                .setNsPrefix("xsd", XSD.NS);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        RDFDataMgr.write(resp.getOutputStream(), description, format);
    }

    private static AcceptList accept(HttpServletRequest req) {
        String header = req.getHeader("Accept");
        return new AcceptList(header == null || header.isBlank() ? WebContent.contentTypeTurtle : header);
    }
}
