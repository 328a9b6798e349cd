package org.skynetkg.link;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.skynetkg.SkynetException;
import org.skynetkg.query.ClasspathQuery;

/**
 * The candidates of an external RDF source: a dump file in any RDF syntax Jena knows by its extension, or a
 * SPARQL endpoint (an http(s) URL), asked for every named resource: keep that to endpoints of a modest size.
 */
public final class ExternalSource {
    private ExternalSource() {}

    public static boolean isEndpoint(String source) {
        return source.matches("(?i)^https?://\\S+$");
    }

    public static List<Candidate> read(String source) {
        ClasspathQuery query = ClasspathQuery.load(ExternalSource.class, "candidates.rq");
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        Map<String, Set<String>> types = new LinkedHashMap<>();
        Consumer<Binding> row = b -> {
            String iri = b.get("resource").getURI();
            labels.computeIfAbsent(iri, k -> new TreeSet<>()).add(b.get("label").getLiteralLexicalForm());
            Set<String> t = types.computeIfAbsent(iri, k -> new TreeSet<>());
            if (b.get("type") != null && b.get("type").isURI()) {
                t.add(b.get("type").getURI());
            }
        };
        if (isEndpoint(source)) {
            query.selectRemote(source, row);
        } else {
            query.select(DatasetGraphFactory.wrap(parse(Path.of(source)))).forEach(row);
        }
        List<Candidate> candidates = new ArrayList<>();
        labels.forEach((iri, l) -> candidates.add(new Candidate(iri, l, types.get(iri))));
        return candidates;
    }

    private static Graph parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SkynetException(file + ": no such file (give an RDF dump or an http(s) SPARQL endpoint)");
        }
        try {
            return RDFParser.source(file).toGraph();
        } catch (RiotException e) {
            throw new SkynetException(file + ": " + e.getMessage(), e);
        }
    }
}
