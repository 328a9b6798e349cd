package org.skynetkg.query;

import org.skynetkg.SkynetException;

/** A SPARQL query that does not parse; the message gives line and column. */
public class QuerySyntaxException extends SkynetException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public QuerySyntaxException(int line, int column, String detail, Throwable cause) {
        super("Query syntax error at line " + line + ", column " + column + ": " + detail, cause);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
