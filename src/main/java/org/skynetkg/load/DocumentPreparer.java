package org.skynetkg.load;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.skynetkg.SkynetException;
import org.skynetkg.extract.DocumentFacts;
import org.skynetkg.rdf.HashGraph;
import org.skynetkg.validate.GraphValidator;
import org.skynetkg.validate.ValidationResult;

/** Extracts a document, maps it to its graph and (unless switched off) checks it against the shapes, outside any transaction. */
final class DocumentPreparer {
    private final Pipeline pipeline;
    private final GraphValidator validator;

    /** {@code validator} null: no SHACL check (benchmarks only). */
    DocumentPreparer(Pipeline pipeline, GraphValidator validator) {
        this.pipeline = pipeline;
        this.validator = validator;
    }

    PreparedDocument prepare(Path file) {
        return prepare(file.toString(), () -> pipeline.extract(file));
    }

    /** {@code source} names the document in messages; {@code extraction} reads and extracts it. */
    PreparedDocument prepare(String source, Supplier<DocumentFacts> extraction) {
        try {
            DocumentFacts facts = extraction.get();
            Node graph = pipeline.iris().graph(facts.document().id());
            Graph triples = new HashGraph();
            pipeline.toRdf(facts, StreamRDFLib.graph(triples));
            if (validator != null) {
                ValidationResult check = validator.validate(triples);
                if (!check.conforms()) {
                    return new PreparedDocument(new DocumentResult(source, null, 0, 0, check.summary(), facts.warnings()), graph, null);
                }
            }
            // The graph is a set, so its size is what the store will hold after the graph is replaced.
            return new PreparedDocument(new DocumentResult(source, graph.getURI(), facts.factCount(), triples.size(), null,
                    facts.warnings()), graph, triples);
        } catch (SkynetException e) {
            return new PreparedDocument(new DocumentResult(source, null, 0, 0, e.getMessage().startsWith(source)
                    ? e.getMessage().substring(source.length()).replaceFirst("^:\\s*", "") : e.getMessage(), List.of()), null, null);
        }
    }
}
