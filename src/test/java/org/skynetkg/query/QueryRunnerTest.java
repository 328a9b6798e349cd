package org.skynetkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.skynetkg.SkynetException;
import org.skynetkg.store.KnowledgeStore;

class QueryRunnerTest {
    static final String SKG = "https://w3id.org/skynet-kg/ontology#";
    static final String ID = "https://w3id.org/skynet-kg/id/operation/";
    static final String SELECT_YEARS = "PREFIX skg: <" + SKG + ">\n"
            + "SELECT ?op ?year { ?op skg:year ?year } ORDER BY ?op";

    KnowledgeStore store;
    QueryRunner runner;

    @BeforeEach
    void setUp() {
        store = KnowledgeStore.inMemory();
        Node year = NodeFactory.createURI(SKG + "year");
        store.replaceGraph(NodeFactory.createURI("https://w3id.org/skynet-kg/graph/doc-1"), out -> {
            out.triple(Triple.create(NodeFactory.createURI(ID + "sky-net-2022"), year, gYear("2022")));
        });
        store.replaceGraph(NodeFactory.createURI("https://w3id.org/skynet-kg/graph/doc-2"), out -> {
            out.triple(Triple.create(NodeFactory.createURI(ID + "fox-hunt-2023"), year, gYear("2023")));
        });
        runner = new QueryRunner(store);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    static Node gYear(String lexical) {
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDgYear);
    }

    String run(String query, ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(query, format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csv() {
        assertEquals("op,year\r\n"
                + ID + "fox-hunt-2023,2023\r\n"
                + ID + "sky-net-2022,2022\r\n", run(SELECT_YEARS, ResultFormat.CSV));
    }

    @Test
    void tsv() {
        assertEquals("?op\t?year\n"
                + "<" + ID + "fox-hunt-2023>\t\"2023\"^^<http://www.w3.org/2001/XMLSchema#gYear>\n"
                + "<" + ID + "sky-net-2022>\t\"2022\"^^<http://www.w3.org/2001/XMLSchema#gYear>\n",
                run(SELECT_YEARS, ResultFormat.TSV));
    }

    @Test
    void json() {
        String json = run(SELECT_YEARS, ResultFormat.JSON);
        assertTrue(json.contains("\"vars\": [ \"op\" , \"year\" ]"), json);
        assertTrue(json.contains("\"value\": \"" + ID + "sky-net-2022\""), json);
    }

    @Test
    void xml() {
        String xml = run(SELECT_YEARS, ResultFormat.XML);
        assertTrue(xml.contains("<variable name=\"year\"/>"), xml);
        assertTrue(xml.contains("<uri>" + ID + "fox-hunt-2023</uri>"), xml);
    }

    @Test
    void text() {
        String text = run(SELECT_YEARS, ResultFormat.TEXT);
        assertTrue(text.contains("| op "), text);
        assertTrue(text.contains("<" + ID + "sky-net-2022>"), text);
    }

    @Test
    void askAsJson() {
        String json = run("ASK { ?s ?p ?o }", ResultFormat.JSON);
        assertTrue(json.contains("\"boolean\" : true"), json);
    }

    @Test
    void askAsText() {
        assertEquals("yes", run("ASK { ?s ?p ?o }", ResultFormat.TEXT).strip());
    }

    @Test
    void constructIsNTriplesExceptForText() {
        String construct = "PREFIX skg: <" + SKG + ">\n"
                + "CONSTRUCT { ?op skg:year ?y } WHERE { ?op skg:year ?y FILTER(str(?y) = '2022') }";
        assertEquals("<" + ID + "sky-net-2022> <" + SKG + "year> "
                + "\"2022\"^^<http://www.w3.org/2001/XMLSchema#gYear> .\n", run(construct, ResultFormat.CSV));
        String turtle = run(construct, ResultFormat.TEXT);
        assertTrue(turtle.contains("PREFIX skg: <" + SKG + ">"), turtle);
        assertTrue(turtle.contains("skg:year"), turtle);
    }

    @Test
    void syntaxErrorGivesLineAndColumn() {
        QuerySyntaxException ex = assertThrows(QuerySyntaxException.class,
                () -> run("PREFIX skg: <" + SKG + ">\nSELECT ?op\nWHERE { ?op skg:year }", ResultFormat.CSV));
        assertEquals(3, ex.line());
        assertTrue(ex.getMessage().startsWith("Query syntax error at line 3, column "), ex.getMessage());
    }

    @Test
    void unknownFormatNamesTheValueAndTheChoices() {
        SkynetException ex = assertThrows(SkynetException.class, () -> ResultFormat.parse("yaml"));
        assertEquals("Unknown result format 'yaml'; allowed: csv, tsv, json, xml, text", ex.getMessage());
        assertEquals(ResultFormat.TSV, ResultFormat.parse("TSV"));
    }
}
