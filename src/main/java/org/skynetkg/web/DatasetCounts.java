package org.skynetkg.web;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.skynetkg.query.ClasspathQuery;

/** The sizes the landing page shows (counts.rq). */
record DatasetCounts(long documents, long operations, long outcomes, long triples) {

    static DatasetCounts of(DatasetGraph dataset) {
        Binding row = ClasspathQuery.load(DatasetCounts.class, "counts.rq").select(dataset).get(0);
        return new DatasetCounts(number(row, "documents"), number(row, "operations"), number(row, "outcomes"),
                number(row, "triples"));
    }

    private static long number(Binding row, String variable) {
        Node n = row.get(variable);
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }
}
