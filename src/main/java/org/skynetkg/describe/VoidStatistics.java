package org.skynetkg.describe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.SortedSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.skynetkg.query.ClasspathQuery;

/**
 * The computed part of a VoID description, over every graph of the dataset except the VoID graph itself
 * (a description that counted its own triples would change what it counts).
 */
record VoidStatistics(long triples, long subjects, long entities, long classes, Map<Node, Long> classPartitions,
                      SortedSet<String> vocabularies) {

    /** By one scan of the quad index for a TDB2 store (bounded memory), by SPARQL for any other dataset. */
    static VoidStatistics of(DatasetGraph dataset, Node voidGraph) {
        return IndexScan.applies(dataset) ? IndexScan.of(dataset, voidGraph) : bySparql(dataset, voidGraph);
    }

    /** With {@code statistics.rq}, {@code classes.rq} and {@code terms.rq}: memory grows with the distinct subjects. */
    static VoidStatistics bySparql(DatasetGraph dataset, Node voidGraph) {
        Binding totals = query("statistics.rq", voidGraph).select(dataset).get(0);
        Map<Node, Long> partitions = new LinkedHashMap<>();
        for (Binding row : query("classes.rq", voidGraph).select(dataset)) {
            partitions.put(row.get("class"), number(row, "entities"));
        }
        SortedSet<String> vocabularies = new TreeSet<>();
        for (Binding row : query("terms.rq", voidGraph).select(dataset)) {
            vocabularies.add(namespace(row.get("term").getURI()));
        }
        return new VoidStatistics(number(totals, "triples"), number(totals, "subjects"), number(totals, "entities"),
                number(totals, "classes"), partitions, vocabularies);
    }

    /** The number of distinct links into {@code uriSpace}, by link property. */
    static Map<Node, Long> links(DatasetGraph dataset, Node voidGraph, String uriSpace) {
        Map<Node, Long> byPredicate = new LinkedHashMap<>();
        List<Binding> rows = query("links.rq", voidGraph).literal("uriSpace", uriSpace).select(dataset);
        rows.forEach(row -> byPredicate.put(row.get("predicate"), number(row, "links")));
        return byPredicate;
    }

    private static ClasspathQuery query(String name, Node voidGraph) {
        return ClasspathQuery.load(VoidStatistics.class, name).iri("voidGraph", voidGraph.getURI());
    }

    private static long number(Binding row, String variable) {
        Node n = row.get(variable);
        return n == null ? 0 : ((Number) n.getLiteralValue()).longValue();
    }

    /** The IRI up to and including its last '#' or '/': the namespace of a term. */
    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }
}
