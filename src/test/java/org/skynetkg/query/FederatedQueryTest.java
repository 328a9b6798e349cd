package org.skynetkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.SkynetException;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.store.KnowledgeStore;

/**
 * queries/federated/wikidata-agencies.rq on the loaded seed, its SERVICE placeholder replaced by a second,
 * local Fuseki holding a labels-only extract of the verified Wikidata entities.
 */
class FederatedQueryTest {
    static final String WD = "http://www.wikidata.org/entity/";
    static final String ID = "https://w3id.org/skynet-kg/id/agency/";

    @TempDir
    Path dir;
    KnowledgeStore store;
    FusekiServer wikidata;

    @BeforeEach
    void setUp() {
        store = KnowledgeStore.open(dir);
        new Loader(Pipeline.create()).load(store, List.of(Path.of("data/skynet-2022-launch.txt")));
        DatasetGraph extract = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(extract, "federated/wikidata-extract.ttl");
        wikidata = FusekiServer.create().loopback(true).port(0).add("/ds", extract, false).build().start();
    }

    @AfterEach
    void tearDown() {
        wikidata.stop();
        store.close();
    }

    String endpoint() {
        return "http://127.0.0.1:" + wikidata.getHttpPort() + "/ds/sparql";
    }

    String run(String query) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(query, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void joinsOurAgenciesWithTheirWikidataLabels() throws Exception {
        String query = QueryParameters.substitute(Files.readString(Path.of("queries/federated/wikidata-agencies.rq")),
                Map.of("wikidata", endpoint()));
        assertEquals(String.join("\r\n", "agency,name,wikidata,wikidataLabel",
                ID + "cpc-central-committee,Central Committee of the Communist Party of China," + WD + "Q50963,"
                        + "Central Committee of the Chinese Communist Party",
                ID + "communist-party-of-china,Communist Party of China," + WD + "Q17427,Chinese Communist Party",
                ID + "interpol,International Criminal Police Organization," + WD + "Q8475,Interpol",
                ID + "peoples-bank-of-china,People's Bank of China," + WD + "Q249203,People's Bank of China",
                ID + "supreme-peoples-court,Supreme People's Court," + WD + "Q691994,Supreme People's Court",
                ID + "supreme-peoples-procuratorate,Supreme People's Procuratorate," + WD + "Q2682024,"
                        + "Supreme People's Procuratorate") + "\r\n", run(query));
    }

    @Test
    void anUnreachableEndpointIsOneClearError() throws Exception {
        wikidata.stop();
        String query = QueryParameters.substitute(Files.readString(Path.of("queries/federated/wikidata-agencies.rq")),
                Map.of("wikidata", endpoint()));
        SkynetException e = assertThrows(SkynetException.class, () -> run(query));
        assertEquals(true, e.getMessage().startsWith("remote SPARQL endpoint failed: "), e.getMessage());
    }
}
