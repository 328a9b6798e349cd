package org.skynetkg.query;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.skynetkg.SkynetException;

/**
 * A fixed SPARQL query of the library, kept as a {@code .rq} resource next to the class that uses it. Values
 * are bound with {@link ParameterizedSparqlString}, never concatenated into the text.
 */
public final class ClasspathQuery {
    private final String name;
    private final ParameterizedSparqlString pss;

    private ClasspathQuery(String name, String text) {
        this.name = name;
        this.pss = new ParameterizedSparqlString(text);
    }

    /** The resource {@code name} in the package of {@code anchor}, e.g. {@code statistics.rq}. */
    public static ClasspathQuery load(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new SkynetException("query not found on the classpath: " + anchor.getPackageName() + "/" + name);
            }
            return new ClasspathQuery(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SkynetException("cannot read query " + name + ": " + e.getMessage(), e);
        }
    }

    public ClasspathQuery iri(String variable, String iri) {
        pss.setIri(variable, iri);
        return this;
    }

    public ClasspathQuery literal(String variable, String value) {
        pss.setLiteral(variable, value);
        return this;
    }

    /** Runs the SELECT on {@code dataset} in a read transaction (or the caller's transaction) and returns its rows. */
    public List<Binding> select(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> {
            List<Binding> rows = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(pss.asQuery()).build()) {
                exec.select().forEachRemaining(rows::add);
            }
            return rows;
        });
    }

    /** Runs the SELECT on a remote SPARQL endpoint, row by row. */
    public void selectRemote(String endpoint, Consumer<Binding> row) {
        try (QueryExec exec = QueryExec.service(endpoint).query(pss.asQuery()).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row);
        } catch (RuntimeException e) {
            throw new SkynetException(endpoint + ": " + name + " failed: " + e.getMessage(), e);
        }
    }
}
