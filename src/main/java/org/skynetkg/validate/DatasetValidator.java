package org.skynetkg.validate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.skynetkg.SkynetException;
import org.skynetkg.rdf.Iris;
import org.skynetkg.rdf.ReferenceData;

/**
 * Validates every document graph of a dataset: a store, or an RDF file. The dataset's own ontology and reference
 * graphs are the background when it has them (a store validates against what it was loaded with); otherwise the
 * jar's. Those two graphs are background only, not documents.
 */
public final class DatasetValidator {
    private final Iris iris;

    public DatasetValidator(Iris iris) {
        this.iris = Objects.requireNonNull(iris, "iris");
    }

    /** Every named graph except the ontology and reference graphs, in one read transaction. */
    public List<GraphReport> validate(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            GraphValidator validator = validator(dsg);
            List<GraphReport> reports = new ArrayList<>();
            for (Node name : Iter.toList(dsg.listGraphNodes())) {
                if (iris.isDocumentGraph(name)) {
                    reports.add(new GraphReport("<" + name.getURI() + ">", validator.validate(dsg.getGraph(name))));
                }
            }
            return reports;
        });
    }

    /**
     * An RDF file, its syntax by extension. Triples (Turtle, N-Triples, RDF/XML, JSON-LD) are one document named
     * after the file; TriG and N-Quads give one document per named graph.
     */
    public List<GraphReport> validateFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SkynetException(file + ": no such file");
        }
        Lang lang = RDFLanguages.pathnameToLang(file.toString());
        if (lang == null) {
            throw new SkynetException(file + ": unknown RDF syntax; use .ttl, .nt, .rdf, .jsonld, .trig or .nq");
        }
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try {
            RDFParser.source(file).lang(lang).base(iris.base()).parse(dsg);
        } catch (RiotException e) {
            throw new SkynetException(file + ": " + e.getMessage(), e);
        }
        List<GraphReport> reports = new ArrayList<>();
        Graph triples = dsg.getDefaultGraph();
        if (!RDFLanguages.isQuads(lang) || !triples.isEmpty()) {
            reports.add(new GraphReport(file.toString(), validate(triples, dsg)));
        }
        reports.addAll(validate(dsg));
        return reports;
    }

    private ValidationResult validate(Graph document, DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> validator(dsg).validate(document));
    }

    private GraphValidator validator(DatasetGraph dsg) {
        return new GraphValidator(GraphValidator.shapesGraph(), List.of(
                background(dsg, iris.ontologyGraph(), ReferenceData.ontology().getGraph()),
                background(dsg, iris.referenceGraph(), ReferenceData.reference(iris).getGraph())), iris);
    }

    private static Graph background(DatasetGraph dsg, Node name, Graph fallback) {
        Graph g = dsg.getGraph(name);
        return g.isEmpty() ? fallback : g;
    }
}
