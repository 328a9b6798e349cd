package org.skynetkg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.GraphEvents;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * A graph held in the JDK's hash maps: a set of triples in insertion order, indexed by subject, predicate and
 * object. The load uses it for the graphs its validator reads thousands of times: each document's graph (a few
 * hundred triples, built once, checked, then streamed to the store) and the ontology and reference data behind
 * them. Jena's general in-memory graph does the same job, but its own hash tables are a second large body of code
 * for the JIT to compile on every short load; these maps are the ones the rest of the load already runs hot.
 * Not thread-safe for changes: a document is prepared on one thread and handed over whole, and the background is
 * only read once built.
 */
public final class HashGraph extends GraphBase {
    private final Set<Triple> set = new HashSet<>();
    private final List<Triple> order = new ArrayList<>();
    private final Map<Node, List<Triple>> bySubject = new HashMap<>();
    private final Map<Node, List<Triple>> byPredicate = new HashMap<>();
    private final Map<Node, List<Triple>> byObject = new HashMap<>();

    @Override
    public void performAdd(Triple t) {
        if (set.add(t)) {
            order.add(t);
            index(bySubject, t.getSubject(), t);
            index(byPredicate, t.getPredicate(), t);
            index(byObject, t.getObject(), t);
        }
    }

    @Override
    public void performDelete(Triple t) {
        if (set.remove(t)) {
            order.remove(t);
            unindex(bySubject, t.getSubject(), t);
            unindex(byPredicate, t.getPredicate(), t);
            unindex(byObject, t.getObject(), t);
        }
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        List<Triple> candidates = candidates(pattern);
        if (candidates.isEmpty()) {
            return WrappedIterator.emptyIterator();
        }
        // Changing the graph while iterating fails fast (ConcurrentModificationException), as Jena's graphs do.
        return WrappedIterator.createNoRemove(candidates.iterator()).filterKeep(pattern::matches);
    }

    @Override
    protected boolean graphBaseContains(Triple t) {
        return t.isConcrete() ? set.contains(t) : graphBaseFind(t).hasNext();
    }

    @Override
    protected int graphBaseSize() {
        return set.size();
    }

    @Override
    public void clear() {
        set.clear();
        order.clear();
        bySubject.clear();
        byPredicate.clear();
        byObject.clear();
        getEventManager().notifyEvent(this, GraphEvents.removeAll);
    }

    /** The smallest list of triples the pattern can match (the index of its most selective concrete term). */
    private List<Triple> candidates(Triple pattern) {
        List<Triple> best = null;
        if (pattern.getSubject().isConcrete()) {
            best = bySubject.getOrDefault(pattern.getSubject(), List.of());
        }
        if (pattern.getObject().isConcrete()) {
            best = smaller(best, byObject.getOrDefault(pattern.getObject(), List.of()));
        }
        if (pattern.getPredicate().isConcrete()) {
            best = smaller(best, byPredicate.getOrDefault(pattern.getPredicate(), List.of()));
        }
        return best == null ? order : best;
    }

    private static List<Triple> smaller(List<Triple> a, List<Triple> b) {
        return a == null || b.size() < a.size() ? b : a;
    }

    private static void index(Map<Node, List<Triple>> index, Node key, Triple t) {
        index.computeIfAbsent(key, k -> new ArrayList<>(4)).add(t);
    }

    private static void unindex(Map<Node, List<Triple>> index, Node key, Triple t) {
        List<Triple> list = index.get(key);
        list.remove(t);
        if (list.isEmpty()) {
            index.remove(key);
        }
    }
}
