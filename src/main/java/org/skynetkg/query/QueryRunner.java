package org.skynetkg.query;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.system.Txn;
import org.skynetkg.SkynetException;
import org.skynetkg.store.KnowledgeStore;

/** Runs one SPARQL query on a {@link KnowledgeStore} in a read transaction and writes the results. */
public final class QueryRunner {
    private final DatasetGraph dataset;

    public QueryRunner(KnowledgeStore store) {
        this.dataset = requireNonNull(store, "store").datasetGraph();
    }

    /** Parses a query, turning a parse error into a {@link QuerySyntaxException}. */
    public static Query parse(String queryString) {
        requireNonNull(queryString, "queryString");
        try {
            return QueryFactory.create(queryString);
        } catch (QueryParseException ex) {
            throw new QuerySyntaxException(ex.getLine(), ex.getColumn(), firstLine(ex.getMessage()), ex);
        }
    }

    /** Runs a SELECT, ASK, CONSTRUCT or DESCRIBE query and writes its results to {@code out} (not closed). */
    public void run(String queryString, ResultFormat format, OutputStream out) {
        requireNonNull(format, "format");
        requireNonNull(out, "out");
        Query query = parse(queryString);
        try {
            Txn.executeRead(dataset, () -> execute(query, format, out));
        } catch (HttpException | QueryExceptionHTTP ex) {
            // A SERVICE call: the remote endpoint is down, refused the query or answered with an error.
            Throwable why = ex.getCause() != null && ex.getMessage() == null ? ex.getCause() : ex;
            throw new SkynetException("remote SPARQL endpoint failed: " + firstLine(why.getMessage()), ex);
        }
        try {
            out.flush();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void execute(Query query, ResultFormat format, OutputStream out) {
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            ResultsWriter writer = ResultsWriter.create().lang(format.resultsLang()).build();
            if ( query.isSelectType() )
                writer.write(out, exec.select());
            else if ( query.isAskType() )
                writer.write(out, exec.ask());
            else if ( query.isConstructType() )
                writeGraph(query, exec.construct(), format, out);
            else if ( query.isDescribeType() )
                writeGraph(query, exec.describe(), format, out);
            else
                throw new IllegalArgumentException("Unsupported query type: " + query.queryType());
        }
    }

    private static void writeGraph(Query query, Graph graph, ResultFormat format, OutputStream out) {
        // The query's prefixes make the Turtle of TEXT readable; N-Triples ignores them.
        graph.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
        RDFDataMgr.write(out, graph, format.graphLang());
    }

    private static String firstLine(String message) {
        if ( message == null )
            return "";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
