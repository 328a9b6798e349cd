package org.skynetkg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query service with a cap on the rows of a SELECT: a query without LIMIT, or with a larger one, is run
 * with {@code LIMIT maxResults}. A client that needs more pages with LIMIT and OFFSET.
 */
final class LimitedQueryService extends SPARQL_QueryDataset {
    private final long maxResults;

    LimitedQueryService(long maxResults) {
        this.maxResults = maxResults;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > maxResults)) {
            query.setLimit(maxResults);
        }
        return super.createQueryExec(action, query, dataset);
    }
}
