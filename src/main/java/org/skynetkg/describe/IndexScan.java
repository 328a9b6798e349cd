package org.skynetkg.describe;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.skynetkg.vocab.SKG;

/**
 * The VoID statistics of a TDB2 dataset in one pass over its SPOG quad index, in memory bounded by the number of
 * distinct predicates and classes, not by the size of the store. The index holds the quads in subject, predicate,
 * object, graph order, so the copies of one triple in several graphs are adjacent and distinct triples, subjects and
 * typed entities are counted by comparing each quad with the one before it. The same counts as the SPARQL queries
 * {@code statistics.rq}, {@code classes.rq} and {@code terms.rq}, which hold every distinct subject in memory.
 */
final class IndexScan {
    private final DatasetGraph dataset;
    private final NodeId voidGraph;
    private final NodeId type;
    private final Map<NodeId, Boolean> ontologyClass = new HashMap<>();
    private final Map<NodeId, Long> partitions = new HashMap<>();
    private final Set<NodeId> predicates = new HashSet<>();
    private long triples;
    private long subjects;
    private long entities;

    private IndexScan(DatasetGraph dataset, Node voidGraph) {
        this.dataset = dataset;
        this.voidGraph = TDBInternal.getNodeId(dataset, voidGraph);
        this.type = TDBInternal.getNodeId(dataset, RDF.Nodes.type);
    }

    /** True if {@code dataset} is stored in TDB2, whose indexes this class reads. */
    static boolean applies(DatasetGraph dataset) {
        return TDBInternal.isTDB2(dataset);
    }

    /** Counts every graph of {@code dataset} but {@code voidGraph}; in the caller's transaction. */
    static VoidStatistics of(DatasetGraph dataset, Node voidGraph) {
        return new IndexScan(dataset, voidGraph).scan();
    }

    private VoidStatistics scan() {
        Iterator<Tuple<NodeId>> quads = TDBInternal.findIndex(dataset, "SPOG").all();
        NodeId s = null;
        NodeId p = null;
        NodeId o = null;
        boolean typedEntity = false;
        while (quads.hasNext()) {
            Tuple<NodeId> q = quads.next(); // natural order: G, S, P, O
            if (q.get(0).equals(voidGraph)) {
                continue;
            }
            boolean newSubject = !q.get(1).equals(s);
            if (!newSubject && q.get(2).equals(p) && q.get(3).equals(o)) {
                continue; // the same triple in another graph
            }
            if (newSubject) {
                countEntity(s, typedEntity);
                typedEntity = false;
                subjects++;
                s = q.get(1);
            }
            p = q.get(2);
            o = q.get(3);
            triples++;
            predicates.add(p);
            if (p.equals(type)) {
                partitions.merge(o, 1L, Long::sum);
                typedEntity |= ontologyClass.computeIfAbsent(o, this::isOntologyClass);
            }
        }
        countEntity(s, typedEntity);
        return statistics();
    }

    private void countEntity(NodeId subject, boolean typedEntity) {
        if (typedEntity && node(subject).isURI()) {
            entities++;
        }
    }

    private boolean isOntologyClass(NodeId id) {
        Node n = node(id);
        return n.isURI() && n.getURI().startsWith(SKG.NS);
    }

    private VoidStatistics statistics() {
        Map<Node, Long> classPartitions = new LinkedHashMap<>();
        partitions.entrySet().stream()
                .map(e -> Map.entry(node(e.getKey()), e.getValue()))
                .filter(e -> e.getKey().isURI())
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(Node::getURI)))
                .forEach(e -> classPartitions.put(e.getKey(), e.getValue()));
        SortedSet<String> vocabularies = new TreeSet<>();
        predicates.stream().map(this::node).filter(Node::isURI)
                .forEach(n -> vocabularies.add(VoidStatistics.namespace(n.getURI())));
        classPartitions.keySet().forEach(n -> vocabularies.add(VoidStatistics.namespace(n.getURI())));
        return new VoidStatistics(triples, subjects, entities, partitions.size(), classPartitions, vocabularies);
    }

    private Node node(NodeId id) {
        return TDBInternal.getNode(dataset, id);
    }
}
