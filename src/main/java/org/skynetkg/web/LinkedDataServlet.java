package org.skynetkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/**
 * {@code GET /id/X}: the entity {@code {base}id/X} by direct content negotiation (no redirect): an HTML page
 * for browsers, its description as Turtle, JSON-LD or N-Triples for {@code Accept} asking for those (or
 * {@code ?format=ttl|jsonld|nt|html}, for links). Responses vary on {@code Accept}. An IRI the store says
 * nothing about is a 404.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final String HTML = WebContent.contentTypeHTML;
    private static final AcceptList OFFER = AcceptList.create(HTML, WebContent.contentTypeTurtle,
            WebContent.contentTypeJSONLD, WebContent.contentTypeNTriples, "application/xhtml+xml");

    private final transient WebContext web;

    LinkedDataServlet(WebContext web) {
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Vary", "Accept, Accept-Language");
        String contentType = contentType(req);
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (contentType == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "Available: text/html, text/turtle, application/ld+json, application/n-triples");
            return;
        }
        Node entity = NodeFactory.createURI(web.iriOf(path));
        Graph description = EntityDescription.of(web.dataset(), entity, web.iris());
        if (description.isEmpty()) {
            if (contentType.equals(HTML)) {
                Page.notFound(web, resp, entity.getURI());
            } else {
                resp.sendError(HttpServletResponse.SC_NOT_FOUND, "Nothing is known about <" + entity.getURI() + ">");
            }
            return;
        }
        if (contentType.equals(HTML)) {
            Page.send(resp, HttpServletResponse.SC_OK, new EntityPage(web, entity, description, ReaderLanguage.of(req)).render());
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        switch (contentType) {
            case WebContent.contentTypeJSONLD -> JsonLdWriter.write(description, web.iris(), resp.getOutputStream());
            case WebContent.contentTypeNTriples -> RDFDataMgr.write(resp.getOutputStream(), description, RDFFormat.NTRIPLES);
            default -> RDFDataMgr.write(resp.getOutputStream(), description, RDFFormat.TURTLE_PRETTY);
        }
    }

    /** The media type to answer with, or null when the client accepts none of them. */
    private static String contentType(HttpServletRequest req) {
        String format = req.getParameter("format");
        if (format != null) {
            return switch (format) {
                case "ttl", "turtle" -> WebContent.contentTypeTurtle;
                case "jsonld" -> WebContent.contentTypeJSONLD;
                case "nt" -> WebContent.contentTypeNTriples;
                default -> HTML;
            };
        }
        String header = req.getHeader("Accept");
        MediaType match = AcceptList.match(new AcceptList(header == null || header.isBlank() ? HTML : header), OFFER);
        if (match == null) {
            return null;
        }
        String type = match.getContentTypeStr();
        return type.equals("application/xhtml+xml") ? HTML : type;
    }
}
