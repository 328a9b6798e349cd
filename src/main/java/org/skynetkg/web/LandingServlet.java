package org.skynetkg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /}: the landing page of the dataset; any other path that no route serves gets the 404 page. */
final class LandingServlet extends HttpServlet {
    private final transient WebContext web;

    LandingServlet(WebContext web) {
        this.web = web;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!path.isEmpty() && !path.equals("/")) {
            Page.notFound(web, resp, path);
            return;
        }
        Page.send(resp, HttpServletResponse.SC_OK, new LandingPage(web).render());
    }
}
