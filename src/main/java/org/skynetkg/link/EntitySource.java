package org.skynetkg.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.skynetkg.query.ClasspathQuery;

/** Reads the linkable entities of the store, and the links it already has. */
public final class EntitySource {
    private EntitySource() {}

    public static List<Entity> entities(DatasetGraph dataset) {
        Map<String, Kind> kinds = new LinkedHashMap<>();
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        Map<String, String> preferred = new LinkedHashMap<>();
        for (Binding row : ClasspathQuery.load(EntitySource.class, "entities.rq").select(dataset)) {
            String iri = row.get("entity").getURI();
            String label = row.get("label").getLiteralLexicalForm();
            Kind kind = Kind.parse(row.get("kind").getLiteralLexicalForm());
            kinds.merge(iri, kind, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
            labels.computeIfAbsent(iri, k -> new TreeSet<>()).add(label);
            if ("true".equals(row.get("preferred").getLiteralLexicalForm())) {
                preferred.putIfAbsent(iri, label);
            }
        }
        List<Entity> entities = new ArrayList<>();
        kinds.forEach((iri, kind) -> entities.add(new Entity(iri,
                preferred.getOrDefault(iri, labels.get(iri).iterator().next()), labels.get(iri), kind)));
        return entities;
    }

    /** The (entity, target) pairs of owl:sameAs and skos:exactMatch links already in the store. */
    public static Set<Proposal.Pair> existingLinks(DatasetGraph dataset) {
        Set<Proposal.Pair> pairs = new HashSet<>();
        for (Binding row : ClasspathQuery.load(EntitySource.class, "existing-links.rq").select(dataset)) {
            pairs.add(new Proposal.Pair(row.get("entity").getURI(), row.get("target").getURI()));
        }
        return pairs;
    }
}
