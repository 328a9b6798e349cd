package org.skynetkg.query;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.skynetkg.SkynetException;

/**
 * Endpoint parameters of a query file: each IRI {@code <urn:skynet-kg:param:NAME>} (typically in
 * {@code SERVICE <urn:skynet-kg:param:wikidata>}) is replaced, in the parsed query, by the IRI given for NAME.
 * Values must be absolute http(s) IRIs; they become IRI nodes, never text spliced into SPARQL.
 */
public final class QueryParameters {
    public static final String PREFIX = "urn:skynet-kg:param:";

    private QueryParameters() {}

    /**
     * The query with its placeholders replaced; the text unchanged if it has none and no value is given.
     *
     * @throws QuerySyntaxException if the query does not parse
     * @throws SkynetException if a placeholder has no value, a value no placeholder, or a value is no http(s) IRI
     */
    public static String substitute(String queryString, Map<String, String> values) {
        Query query = QueryRunner.parse(queryString);
        Set<String> used = new TreeSet<>();
        values.forEach(QueryParameters::check);
        Query result = QueryTransformOps.transform(query, node -> {
            if (!node.isURI() || !node.getURI().startsWith(PREFIX)) {
                return node;
            }
            String name = node.getURI().substring(PREFIX.length());
            used.add(name);
            String value = values.get(name);
            return value == null ? node : NodeFactory.createURI(value);
        });
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(values.keySet());
        if (!missing.isEmpty()) {
            throw new SkynetException("the query needs a value for <" + PREFIX + missing.iterator().next()
                    + ">: give --param " + missing.iterator().next() + "=URL");
        }
        Set<String> unused = new TreeSet<>(values.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new SkynetException("parameter '" + unused.iterator().next() + "' is not used: the query has no <"
                    + PREFIX + unused.iterator().next() + ">");
        }
        return used.isEmpty() ? queryString : result.serialize();
    }

    /** Parses {@code NAME=URL}, as given on the command line. */
    public static Map.Entry<String, String> parse(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new SkynetException("a parameter is NAME=URL, not '" + assignment + "'");
        }
        return Map.entry(assignment.substring(0, eq), assignment.substring(eq + 1));
    }

    private static void check(String name, String value) {
        if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new SkynetException("parameter name must be letters, digits, '_' or '-': '" + name + "'");
        }
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || !value.matches("[^\\s<>\"{}|\\\\^`]+")) {
                throw new URISyntaxException(value, "not an absolute http(s) IRI");
            }
        } catch (URISyntaxException e) {
            throw new SkynetException("parameter " + name + ": '" + value + "' is not an absolute http(s) IRI");
        }
    }

}
