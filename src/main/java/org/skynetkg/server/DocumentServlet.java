package org.skynetkg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.skynetkg.document.Slugs;
import org.skynetkg.load.DocumentResult;
import org.skynetkg.load.Loader;
import org.skynetkg.store.KnowledgeStore;

/**
 * {@code PUT {dataset}/documents/{id}} with an announcement (UTF-8 text) as body loads it as document {@code id}
 * through the same pipeline, validation and one-transaction graph replacement as the {@code load} command;
 * {@code DELETE} removes the document's graph. Basic authentication only: every request without the right
 * credentials gets 401. Writes are serialised; readers keep reading and see a document whole, old or new.
 */
final class DocumentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient KnowledgeStore store;
    private final transient Loader loader;
    private final transient Credentials credentials;

    DocumentServlet(KnowledgeStore store, Loader loader, Credentials credentials) {
        this.store = store;
        this.loader = loader;
        this.credentials = credentials;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!credentials.accepts(req.getHeader("Authorization"))) {
            resp.setHeader("WWW-Authenticate", "Basic realm=\"skynet-kg\", charset=\"UTF-8\"");
            reply(resp, HttpServletResponse.SC_UNAUTHORIZED, "authentication required to write documents");
            return;
        }
        String id = id(req);
        if (id == null) {
            reply(resp, HttpServletResponse.SC_NOT_FOUND, "no such route: use PUT or DELETE .../documents/{id}, "
                    + "id in lower-case letters, digits and '-'");
            return;
        }
        switch (req.getMethod()) {
            case "PUT" -> put(id, req, resp);
            case "DELETE" -> delete(id, resp);
            default -> {
                resp.setHeader("Allow", "PUT, DELETE");
                reply(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, req.getMethod() + " not allowed; use PUT or DELETE");
            }
        }
    }

    private void put(String id, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        long max = loader.maxBytes();
        if (req.getContentLengthLong() > max) {
            reply(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, id + ": body is " + req.getContentLengthLong()
                    + " bytes, larger than the limit of " + max + " bytes for one announcement");
            return;
        }
        byte[] body;
        try (InputStream in = req.getInputStream()) {
            body = in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
        }
        if (body.length > max) {
            reply(resp, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, id + ": body is larger than the limit of "
                    + max + " bytes for one announcement");
            return;
        }
        DocumentResult r;
        synchronized (loader) {
            r = loader.load(store, id, body);
        }
        reply(resp, r.ok() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST, r.summary());
    }

    private void delete(String id, HttpServletResponse resp) throws IOException {
        long removed;
        synchronized (loader) {
            removed = loader.delete(store, id);
        }
        if (removed == 0) {
            reply(resp, HttpServletResponse.SC_NOT_FOUND, id + ": no such document");
        } else {
            reply(resp, HttpServletResponse.SC_OK, id + ": deleted, " + removed + " triples");
        }
    }

    /** The id after the servlet path, if it is a slug (the form document ids take). */
    private static String id(HttpServletRequest req) {
        String path = req.getPathInfo();
        if (path == null || path.length() < 2) {
            return null;
        }
        String id = path.substring(1);
        return id.length() <= 200 && id.equals(Slugs.slug(id)) ? id : null;
    }

    private static void reply(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.getWriter().println(message);
    }
}
