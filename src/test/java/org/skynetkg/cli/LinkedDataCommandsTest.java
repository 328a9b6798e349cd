package org.skynetkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands docs/linking.md shows: export, query --param, link and link --review. */
class LinkedDataCommandsTest {
    @TempDir
    Path dir;
    Path store;
    final InProcessCli cli = new InProcessCli();

    int run(String... args) {
        return cli.run(args);
    }

    String err() {
        return cli.err();
    }

    @BeforeEach
    void load() {
        store = dir.resolve("store");
        assertEquals(0, run("load", "--store", store.toString(), "data/"), err());
    }

    @Test
    void exportWritesEveryGraphOrOnlyTheVoid() throws Exception {
        Path trig = dir.resolve("all.trig");
        assertEquals(0, run("export", "--store", store.toString(), trig.toString()), err());
        Dataset ds = RDFDataMgr.loadDataset(trig.toString());
        assertTrue(ds.containsNamedModel("https://w3id.org/skynet-kg/graph/void"));
        assertTrue(ds.containsNamedModel("https://w3id.org/skynet-kg/graph/document/skynet-2022-launch"));
        assertEquals(0, run("export", "--store", store.toString(), "--format", "nq"), err());
        assertTrue(cli.out().contains("<https://w3id.org/skynet-kg/graph/reference> .\n"));
        assertEquals(0, run("export", "--store", store.toString(), "--void-only"), err());
        assertTrue(cli.out().contains("void:Linkset"));
        assertEquals(2, run("export", "--store", store.toString(), "--format", "xml"));
        assertEquals("skynet-kg: --format: unknown format 'xml'; use trig or nq (see 'skynet-kg export --help')\n", err());
    }

    @Test
    void queryParametersAreChecked() {
        assertEquals(1, run("query", "--store", store.toString(), "queries/federated/wikidata-agencies.rq"));
        assertEquals("skynet-kg: the query needs a value for <urn:skynet-kg:param:wikidata>: give --param wikidata=URL\n", err());
        assertEquals(1, run("query", "--store", store.toString(), "--param", "wikidata=file:///etc/passwd",
                "queries/federated/wikidata-agencies.rq"));
        assertEquals("skynet-kg: parameter wikidata: 'file:///etc/passwd' is not an absolute http(s) IRI\n", err());
    }

    @Test
    void linkThenReview() throws Exception {
        assertEquals(0, run("link", "--store", store.toString(), "src/test/resources/link/external.ttl"), err());
        Path review = dir.resolve("links-review-external.tsv");
        assertTrue(err().startsWith("linked 1 (score >= 0.9) into <https://w3id.org/skynet-kg/graph/linkset/external>"), err());
        String edited = Files.readString(review).replaceAll("(http://example.org/kb/beijing-film\t[^\t]*\t[^\t]*\t)", "$1reject");
        Files.writeString(review, edited);
        assertEquals(0, run("link", "--store", store.toString(), "--review", review.toString()), err());
        assertTrue(err().startsWith("accepted 0, rejected 1 (remembered in " + dir.resolve("links-rejected.tsv")), err());
        assertTrue(Files.readString(dir.resolve("links-rejected.tsv")).contains("http://example.org/kb/beijing-film"));
        assertEquals(2, run("link", "--store", store.toString()));
    }
}
