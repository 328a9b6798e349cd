package org.skynetkg.web;

import jakarta.servlet.http.HttpServlet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.skynetkg.rdf.Iris;

/** The human-facing routes of the server: the landing page, the entity pages and the example queries. */
public final class WebPages {
    private WebPages() {}

    /** {@code GET /}: the landing page (and the 404 page for paths no other route serves). */
    public static HttpServlet landing(DatasetGraph dataset, Iris iris, String datasetName) {
        return new LandingServlet(new WebContext(dataset, iris, datasetName));
    }

    /** {@code GET /id/*}: the data IRIs {@code {base}id/*}, by content negotiation. */
    public static HttpServlet entities(DatasetGraph dataset, Iris iris, String datasetName) {
        return new LinkedDataServlet(new WebContext(dataset, iris, datasetName));
    }

    /** {@code GET /queries/NAME.rq}: the text of an example query. */
    public static HttpServlet exampleQueries() {
        return new QueryFileServlet();
    }
}
