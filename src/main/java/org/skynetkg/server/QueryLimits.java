package org.skynetkg.server;

import java.time.Duration;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;

/** The query endpoints' context: a time limit, after which ARQ cancels the query, and SERVICE on or off. */
final class QueryLimits {
    private QueryLimits() {}

    static Context context(Duration timeout, boolean allowService) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
        context.set(ARQ.httpServiceAllowed, allowService);
        return context;
    }
}
