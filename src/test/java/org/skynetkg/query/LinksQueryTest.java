package org.skynetkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skynetkg.load.Loader;
import org.skynetkg.load.Pipeline;
import org.skynetkg.store.KnowledgeStore;

/** queries/links.rq lists each linked entity once, with its curated Wikidata and DBpedia links. */
class LinksQueryTest {
    @Test
    void oneRowPerLinkedEntity() throws Exception {
        String csv;
        try (KnowledgeStore store = KnowledgeStore.inMemory()) {
            new Loader(Pipeline.create()).load(store, List.of());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new QueryRunner(store).run(Files.readString(Path.of("queries/links.rq")), ResultFormat.CSV, out);
            csv = out.toString(StandardCharsets.UTF_8);
        }
        List<String> rows = List.of(csv.split("\r\n"));
        assertEquals("entity,name,wikidata,dbpedia", rows.get(0));
        // 11 agencies, 2 places, 2 series in links.ttl and the CNY unit in the ontology
        assertEquals(16, rows.size() - 1, csv);
        assertTrue(rows.contains("https://w3id.org/skynet-kg/id/agency/peoples-bank-of-china,People's Bank of China,"
                + "http://www.wikidata.org/entity/Q249203,http://dbpedia.org/resource/People's_Bank_of_China"), csv);
        assertTrue(rows.contains("https://w3id.org/skynet-kg/id/agency/ministry-of-public-security,Ministry of Public Security,,"
                + "http://dbpedia.org/resource/Ministry_of_Public_Security_(China)"), csv);
        assertTrue(rows.contains("https://w3id.org/skynet-kg/id/series/sky-net,Sky Net,,"
                + "http://dbpedia.org/resource/Operation_Sky_Net"), csv);
        assertTrue(rows.contains("https://w3id.org/skynet-kg/vocab/unit/CNY,renminbi (yuan),"
                + "http://www.wikidata.org/entity/Q39099,http://dbpedia.org/resource/Renminbi"), csv);
    }
}
