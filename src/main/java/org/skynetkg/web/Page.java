package org.skynetkg.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The common frame of every HTML page: head with the inline style sheet, header navigation, footer. */
final class Page {
    private static final String STYLE = Resources.text("style.css");

    private Page() {}

    /** A whole document; {@code title} is escaped, {@code body} is HTML that the caller built escaped. */
    static String document(WebContext web, String title, String body) {
        return document(web, title, body, "en");
    }

    /** A whole document in the reader's language {@code lang} ("en", "zh": the names it shows). */
    static String document(WebContext web, String title, String body, String lang) {
        return "<!DOCTYPE html>\n<html lang=\"" + Html.esc(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.esc(title) + " · skynet-kg</title>\n<style>\n" + STYLE + "</style>\n</head>\n"
                + "<body>\n<header><nav><a class=\"home\" href=\"/\">skynet-kg</a>"
                + "<a href=\"" + Html.esc(web.sparqlPath()) + "\">SPARQL endpoint</a>"
                + "<a href=\"/void\">VoID</a><a href=\"/#query\">Query</a></nav></header>\n"
                + "<main>\n" + body + "\n</main>\n<footer>Data: CC BY 4.0 · built from official announcements · "
                + "every figure links to the sentence it was read from.</footer>\n</body>\n</html>\n";
    }

    static void send(HttpServletResponse resp, int status, String html) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (PrintWriter out = resp.getWriter()) {
            out.write(html);
        }
    }

    static void notFound(WebContext web, HttpServletResponse resp, String what) throws IOException {
        String body = "<h1>Not found</h1>\n<p>There is nothing about <code>" + Html.esc(what)
                + "</code> in this knowledge graph.</p>\n<p>Start from the <a href=\"/\">list of operations</a>.</p>";
        send(resp, HttpServletResponse.SC_NOT_FOUND, document(web, "Not found", body));
    }
}
