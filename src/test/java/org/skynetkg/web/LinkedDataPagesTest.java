package org.skynetkg.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skynetkg.server.SeedServer;

/**
 * The pages of a real server over the loaded seed. Expected values come from SPARQL over the same server.
 */
class LinkedDataPagesTest {
    static final String PREFIXES = "PREFIX skg: <https://w3id.org/skynet-kg/ontology#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX oa: <http://www.w3.org/ns/oa#> ";

    @TempDir
    Path dir;
    SeedServer seed;

    @BeforeEach
    void setUp() {
        seed = SeedServer.start(dir);
    }

    @AfterEach
    void tearDown() {
        seed.close();
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        return seed.get(path, accept);
    }

    List<QuerySolution> select(String query) throws Exception {
        HttpResponse<String> response = get("/skynet/sparql?query=" + URLEncoder.encode(PREFIXES + query,
                StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        ResultSet rows = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(
                response.body().getBytes(StandardCharsets.UTF_8)));
        List<QuerySolution> list = new java.util.ArrayList<>();
        rows.forEachRemaining(list::add);
        return list;
    }

    /** An operation with figures, its name and the sentence of one figure. */
    QuerySolution operationWithFigures() throws Exception {
        List<QuerySolution> rows = select("SELECT ?operation ?name ?quote { ?outcome skg:outcomeOf ?operation ; "
                + "skg:evidence/oa:hasSelector/oa:exact ?quote . ?operation skos:prefLabel ?name } "
                + "ORDER BY ?operation LIMIT 1");
        assertEquals(1, rows.size(), "the seed has an operation with figures");
        return rows.get(0);
    }

    static String localPath(String iri) {
        return iri.replaceFirst("^https://w3id.org/skynet-kg/", "/");
    }

    static Graph parse(String body, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(graph);
        return graph;
    }

    static void assertType(HttpResponse<String> response, String type) {
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type),
                response.headers().toString());
    }

    @Test
    void anOperationIsAPageForBrowsersWithItsLabelAndTheEscapedSentencesOfItsFigures() throws Exception {
        QuerySolution op = operationWithFigures();
        HttpResponse<String> page = get(localPath(op.getResource("operation").getURI()),
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertType(page, "text/html");
        assertEquals("Accept, Accept-Language", page.headers().firstValue("Vary").orElse(""));
        String name = op.getLiteral("name").getLexicalForm();
        assertTrue(page.body().contains("<h1>" + Html.esc(name) + "</h1>"), page.body());
        String quote = op.getLiteral("quote").getLexicalForm();
        assertTrue(page.body().contains("<blockquote>" + Html.esc(quote) + "</blockquote>"), page.body());
        if (!quote.equals(Html.esc(quote))) {
            assertFalse(page.body().contains(quote), "the sentence appears unescaped");
        }
    }

    @Test
    void turtleAndJsonLdGiveTheSameDescriptionWithEveryStatementAboutTheEntity() throws Exception {
        String operation = operationWithFigures().getResource("operation").getURI();
        HttpResponse<String> turtle = get(localPath(operation), "text/turtle");
        HttpResponse<String> jsonld = get(localPath(operation), "application/ld+json");
        assertEquals(200, turtle.statusCode());
        assertEquals(200, jsonld.statusCode());
        assertType(turtle, "text/turtle");
        assertType(jsonld, "application/ld+json");
        assertTrue(jsonld.body().contains("\"@context\""), jsonld.body());
        Graph fromTurtle = parse(turtle.body(), Lang.TURTLE);
        Graph fromJsonLd = parse(jsonld.body(), Lang.JSONLD);
        assertTrue(fromTurtle.isIsomorphicWith(fromJsonLd), "JSON-LD and Turtle differ:\n" + jsonld.body());
        List<QuerySolution> statements = select("SELECT ?p ?o { <" + operation + "> ?p ?o }");
        assertFalse(statements.isEmpty());
        long subjectTriples = fromTurtle.find(org.apache.jena.graph.NodeFactory.createURI(operation), null, null)
                .toList().size();
        assertEquals(statements.size(), subjectTriples);
    }

    @Test
    void anOutcomeComesWithItsEvidenceAndQuote() throws Exception {
        List<QuerySolution> rows = select("SELECT ?outcome ?quote { ?outcome a skg:Outcome ; "
                + "skg:evidence/oa:hasSelector/oa:exact ?quote } ORDER BY ?outcome LIMIT 1");
        Graph description = parse(get(localPath(rows.get(0).getResource("outcome").getURI()), "text/turtle").body(),
                Lang.TURTLE);
        String quote = rows.get(0).getLiteral("quote").getLexicalForm();
        assertTrue(description.find(null, null, org.apache.jena.graph.NodeFactory.createLiteralString(quote)).hasNext(),
                "the quote is in the outcome's description");
    }

    @Test
    void unknownIrisAndPathsAre404() throws Exception {
        HttpResponse<String> page = get("/id/operation/no-such-operation", "text/html");
        assertEquals(404, page.statusCode());
        assertType(page, "text/html");
        assertTrue(page.body().contains("Not found"), page.body());
        assertEquals(404, get("/id/operation/no-such-operation", "text/turtle").statusCode());
        assertEquals(404, get("/no/such/page", "text/html").statusCode());
        assertEquals(404, get("/queries/no-such-query.rq", null).statusCode());
        assertEquals(406, get("/id/operation/no-such-operation", "image/png").statusCode());
    }

    @Test
    void landingPageCountsAreThoseOfTheStore() throws Exception {
        HttpResponse<String> landing = get("/", "text/html");
        assertEquals(200, landing.statusCode());
        assertType(landing, "text/html");
        assertCount(landing.body(), "announcements", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a skg:Announcement }");
        assertCount(landing.body(), "operations", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a skg:Operation }");
        assertCount(landing.body(), "outcomes", "SELECT (COUNT(DISTINCT ?x) AS ?n) { ?x a skg:Outcome }");
        assertCount(landing.body(), "triples", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        for (QuerySolution op : select("SELECT ?operation { ?operation a skg:Operation }")) {
            assertTrue(landing.body().contains("href=\"" + localPath(op.getResource("operation").getURI()) + "\""),
                    "the landing page links to " + op);
        }
        assertTrue(landing.body().contains("href=\"/skynet/sparql\""));
        assertTrue(landing.body().contains("href=\"/void\""));
        assertFalse(landing.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing is loaded from elsewhere");
    }

    private void assertCount(String html, String what, String query) throws Exception {
        long expected = select(query).get(0).getLiteral("n").getLong();
        Matcher m = Pattern.compile("id=\"count-" + what + "\">([0-9,]+)<").matcher(html);
        assertTrue(m.find(), "no count of " + what);
        assertEquals(expected, Long.parseLong(m.group(1).replace(",", "")), what);
    }

    @Test
    void theExampleQueriesAreServedFromTheJar() throws Exception {
        HttpResponse<String> query = get("/queries/outcomes.rq", null);
        assertEquals(200, query.statusCode());
        assertEquals(java.nio.file.Files.readString(Path.of("queries/outcomes.rq")), query.body());
        assertTrue(get("/", "text/html").body().contains("<option value=\"outcomes.rq\">"));
    }

    @Test
    void htmlEscapesMarkupInData() {
        assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", Html.esc("<b> & \"x\" 'y'"));
    }

    @Test
    void aPageNamesItsEntityInTheReadersLanguage() throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                seed.uri("/id/agency/ministry-of-public-security")).header("Accept", "text/html");
        HttpResponse<String> english = seed.send(request.copy().build());
        assertTrue(english.body().contains("<html lang=\"en\">") && english.body().contains("<h1>Ministry of Public Security</h1>"),
                english.body());
        assertTrue(english.headers().firstValue("Vary").orElse("").contains("Accept-Language"));
        HttpResponse<String> chinese = seed.send(request.copy().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.5").build());
        assertTrue(chinese.body().contains("<html lang=\"zh\">") && chinese.body().contains("<h1>公安部</h1>"), chinese.body());
        assertTrue(chinese.body().contains("?lang=en"), "a switch back to English");
        HttpResponse<String> switched = seed.get("/id/agency/ministry-of-public-security?lang=zh", "text/html");
        assertTrue(switched.body().contains("<h1>公安部</h1>"), switched.body());
        // An operation has no Chinese name: the English one, on a Chinese page.
        HttpResponse<String> operation = seed.send(java.net.http.HttpRequest.newBuilder(seed.uri("/id/operation/sky-net-2021"))
                .header("Accept", "text/html").header("Accept-Language", "zh").build());
        assertTrue(operation.body().contains("<h1>Sky Net 2021</h1>"), operation.body());
    }
}
