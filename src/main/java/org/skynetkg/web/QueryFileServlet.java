package org.skynetkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** {@code GET /queries/NAME.rq}: the text of an example query, for the query box. */
final class QueryFileServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        Optional<String> text = QueryCatalog.text(path);
        if (text.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No example query " + path);
            return;
        }
        resp.setContentType("text/plain");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.getWriter().write(text.get());
    }
}
