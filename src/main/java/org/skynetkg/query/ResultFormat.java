package org.skynetkg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.skynetkg.SkynetException;

/**
 * How {@link QueryRunner} writes results. SELECT and ASK use the SPARQL results format named;
 * CONSTRUCT and DESCRIBE produce a graph, written as Turtle for TEXT and as N-Triples otherwise.
 */
public enum ResultFormat {
    CSV(ResultSetLang.RS_CSV),
    TSV(ResultSetLang.RS_TSV),
    JSON(ResultSetLang.RS_JSON),
    XML(ResultSetLang.RS_XML),
    TEXT(ResultSetLang.RS_Text);

    private final Lang resultsLang;

    ResultFormat(Lang resultsLang) {
        this.resultsLang = resultsLang;
    }

    /** The SPARQL results language for SELECT and ASK. */
    public Lang resultsLang() {
        return resultsLang;
    }

    /** The RDF language for CONSTRUCT and DESCRIBE. */
    public Lang graphLang() {
        return this == TEXT ? Lang.TURTLE : Lang.NTRIPLES;
    }

    /** Parses a format name, ignoring case: "csv", "tsv", "json", "xml" or "text". */
    public static ResultFormat parse(String name) {
        String allowed = Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        if ( name == null )
            throw new SkynetException("No result format given; allowed: " + allowed);
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException ex) {
            throw new SkynetException("Unknown result format '" + name + "'; allowed: " + allowed);
        }
    }
}
