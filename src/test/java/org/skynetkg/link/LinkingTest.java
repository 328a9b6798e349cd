package org.skynetkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.rdf.Iris;
import org.skynetkg.store.KnowledgeStore;
import org.skynetkg.vocab.SKG;

/** Proposing links to a small made-up dump: routing by threshold, review decisions, rejections remembered. */
class LinkingTest {
    static final String ID = "https://w3id.org/skynet-kg/id/";
    static final String EX = "http://example.org/kb/";
    static final Iris IRIS = Iris.defaults();

    @TempDir
    Path dir;
    KnowledgeStore store;
    List<Candidate> candidates;

    @BeforeEach
    void setUp() {
        store = KnowledgeStore.inMemory();
        new Loader(Pipeline.create()).load(store, List.of());
        // an agency that only a document names, as FactMapper describes agencies new to the gazetteer
        Node bureau = NodeFactory.createURI(ID + "agency/testland-anti-graft-bureau");
        store.replaceGraph(NodeFactory.createURI("https://w3id.org/skynet-kg/graph/doc-1"), out -> {
            out.triple(Triple.create(bureau, RDF.type.asNode(), SKG.Agency.asNode()));
            out.triple(Triple.create(bureau, RDFS.label.asNode(), NodeFactory.createLiteralLang("Testland Anti-Graft Bureau", "en")));
        });
        candidates = ExternalSource.read("src/test/resources/link/external.ttl");
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    Linking.Settings settings(double threshold, Path out) {
        return new Linking.Settings("example", threshold, out, dir.resolve("review.tsv"), dir.resolve("rejected.tsv"));
    }

    Set<String> linkset() {
        return Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().getGraph(IRIS.linksetGraph("example"))
                .find().mapWith(t -> t.getSubject().getURI() + " " + t.getPredicate().getLocalName() + " " + t.getObject().getURI())
                .toSet());
    }

    Set<String> reviewPairs() {
        return ReviewFile.read(dir.resolve("review.tsv")).proposals().stream()
                .map(p -> p.entity() + " " + p.candidate()).collect(Collectors.toSet());
    }

    @Test
    void onlyTheUnambiguousExactMatchesAreLinkedAtTheDefaultThreshold() {
        Linking.propose(store, IRIS, candidates, settings(LinkProposer.DEFAULT_THRESHOLD, null));
        assertEquals(Set.of(ID + "agency/peoples-bank-of-china sameAs " + EX + "pboc",
                ID + "agency/testland-anti-graft-bureau sameAs " + EX + "testland-bureau"), linkset());
        Set<String> review = reviewPairs();
        assertTrue(review.contains(ID + "agency/supreme-peoples-procuratorate " + EX + "spp"), review.toString());
        assertTrue(review.contains(ID + "place/beijing " + EX + "beijing-film"), "the decoy is for a person to judge");
        assertFalse(review.contains(ID + "agency/peoples-bank-of-china " + EX + "pboc"), "linked, not reviewed");
    }

    @Test
    void aLowerThresholdLinksTheNearMatchToo() {
        Linking.propose(store, IRIS, candidates, settings(0.85, null));
        assertTrue(linkset().contains(ID + "agency/supreme-peoples-procuratorate sameAs " + EX + "spp"), linkset().toString());
        assertFalse(linkset().stream().anyMatch(l -> l.endsWith("beijing-film")), "a film is no place: " + linkset());
    }

    @Test
    void reviewDecisionsAreAppliedAndRejectionsAreNeverProposedAgain() throws Exception {
        Linking.propose(store, IRIS, candidates, settings(LinkProposer.DEFAULT_THRESHOLD, null));
        Path review = dir.resolve("review.tsv");
        List<String> lines = Files.readAllLines(review).stream().map(line ->
                line.startsWith(ID + "agency/supreme-peoples-procuratorate\t") && line.contains(EX + "spp\t") ? line + "accept"
                : line.startsWith(ID + "place/beijing\t") ? line + "reject" : line).toList();
        Files.write(review, lines);

        Linking.Applied applied = Linking.applyReview(store, IRIS, review, settings(LinkProposer.DEFAULT_THRESHOLD, null));
        assertEquals(1, applied.accepted());
        assertEquals(1, applied.rejected());
        assertTrue(linkset().contains(ID + "agency/supreme-peoples-procuratorate sameAs " + EX + "spp"));
        assertTrue(RejectedList.read(dir.resolve("rejected.tsv")).contains(new Proposal.Pair(ID + "place/beijing", EX + "beijing-film")));

        Linking.propose(store, IRIS, candidates, settings(LinkProposer.DEFAULT_THRESHOLD, null));
        Set<String> again = reviewPairs();
        assertFalse(again.contains(ID + "place/beijing " + EX + "beijing-film"), "rejected: " + again);
        assertFalse(again.contains(ID + "agency/supreme-peoples-procuratorate " + EX + "spp"), "already linked: " + again);
    }

    @Test
    void linksGoToAFileInsteadOfTheStoreAndNeverIntoTheCuratedReferenceGraph() {
        Path out = dir.resolve("links.ttl");
        Linking.propose(store, IRIS, candidates, settings(LinkProposer.DEFAULT_THRESHOLD, out));
        assertTrue(linkset().isEmpty());
        assertEquals(List.of(new Proposal.Pair(ID + "agency/peoples-bank-of-china", EX + "pboc")),
                Linkset.inFile(out).stream().filter(p -> p.entity().contains("peoples-bank")).toList());
        boolean curated = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().getGraph(IRIS.referenceGraph())
                .find(Node.ANY, OWL.sameAs.asNode(), NodeFactory.createURI(EX + "pboc")).hasNext());
        assertFalse(curated);
    }
}
