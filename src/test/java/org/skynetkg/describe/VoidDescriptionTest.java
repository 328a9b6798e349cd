package org.skynetkg.describe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.KnowledgeStore;

/** The VoID graph written by a load of the seed announcement agrees with SPARQL counts over the store. */
class VoidDescriptionTest {
    static final String BASE = Iris.DEFAULT_BASE;

    @TempDir
    Path dir;
    KnowledgeStore store;
    Graph voidGraph;

    @BeforeEach
    void load() {
        store = KnowledgeStore.open(dir);
        new Loader(Pipeline.create()).load(store, List.of(Path.of("data/skynet-2022-launch.txt")));
        DatasetGraph dsg = store.datasetGraph();
        voidGraph = Txn.calculateRead(dsg, () -> copy(dsg.getGraph(Iris.defaults().voidGraph())));
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Graph copy(Graph g) {
        Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(copy::add);
        return copy;
    }

    long count(String query, String... iriBindings) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(query);
        pss.setIri("void", BASE + "graph/void");
        for (int i = 0; i < iriBindings.length; i += 2) {
            pss.setLiteral(iriBindings[i], iriBindings[i + 1]);
        }
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            try (QueryExec exec = QueryExec.dataset(dsg).query(pss.asQuery()).build()) {
                return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }

    long stated(String subject, Node property) {
        List<org.apache.jena.graph.Triple> found = voidGraph.find(NodeFactory.createURI(BASE + subject), property, Node.ANY).toList();
        assertEquals(1, found.size(), subject + " " + property + ": " + found);
        return ((Number) found.get(0).getObject().getLiteralValue()).longValue();
    }

    @Test
    void tripleCountIsTheDistinctTriplesOfTheUnionOfAllOtherGraphs() {
        long union = count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } FILTER (?g != ?void) } }");
        assertTrue(union > 500, "seed loaded: " + union);
        assertEquals(union, stated("dataset", VOID.triples.asNode()));
    }

    @Test
    void eachLinksetCountsTheLinksIntoItsTarget() {
        String links = "PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } VALUES ?p { owl:sameAs skos:exactMatch } "
                + "FILTER (?g != ?void && STRSTARTS(STR(?o), ?space)) } }";
        long wikidata = count(links, "space", "http://www.wikidata.org/entity/");
        long dbpedia = count(links, "space", "http://dbpedia.org/resource/");
        // links.ttl: 9 Wikidata and 15 DBpedia links; the ontology: unit CNY to Renminbi in both
        assertEquals(10, wikidata);
        assertEquals(16, dbpedia);
        assertEquals(wikidata, stated("dataset/linkset/wikidata", VOID.triples.asNode()));
        assertEquals(dbpedia, stated("dataset/linkset/dbpedia", VOID.triples.asNode()));
    }

    @Test
    void entitiesAreIrisTypedWithAnSkgClass() {
        long entities = count("SELECT (COUNT(DISTINCT ?e) AS ?n) { GRAPH ?g { ?e a ?c } "
                + "FILTER (?g != ?void && isIRI(?e) && STRSTARTS(STR(?c), \"https://w3id.org/skynet-kg/ontology#\")) }");
        assertEquals(entities, stated("dataset", VOID.entities.asNode()));
        assertTrue(voidGraph.contains(NodeFactory.createURI(BASE + "dataset"), VOID.vocabulary.asNode(),
                NodeFactory.createURI("https://w3id.org/skynet-kg/ontology#")));
        assertTrue(voidGraph.contains(NodeFactory.createURI(BASE + "dataset"), VOID.uriSpace.asNode(),
                NodeFactory.createLiteralString(BASE + "id/")));
    }

    @Test
    void aLoadReplacesTheDescriptionInsteadOfAddingToIt() {
        new Loader(Pipeline.create()).load(store, List.of(Path.of("data/skynet-2022-launch.txt")));
        long again = count("SELECT (COUNT(*) AS ?n) { GRAPH ?void { ?s ?p ?o } }");
        assertEquals(voidGraph.size(), again);
    }
}
