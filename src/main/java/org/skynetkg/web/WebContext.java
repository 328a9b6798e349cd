package org.skynetkg.web;

import static java.util.Objects.requireNonNull;

import org.apache.jena.sparql.core.DatasetGraph;
import org.skynetkg.rdf.Iris;

/**
 * What the pages need to know: the dataset (queried through its union default graph), the base of the data
 * IRIs, and where the SPARQL endpoint is. A data IRI {@code {base}id/X} is served at the local path
 * {@code /id/X}; see docs/deployment.md for the mapping behind a reverse proxy.
 */
public record WebContext(DatasetGraph dataset, Iris iris, String datasetName) {
    public static final String ID_PATH = "/id/";

    public WebContext {
        requireNonNull(dataset, "dataset");
        requireNonNull(iris, "iris");
        requireNonNull(datasetName, "datasetName");
    }

    /** The data IRI for a local path such as {@code /id/operation/sky-net-2022}. */
    public String iriOf(String localPath) {
        if (!localPath.startsWith(ID_PATH)) {
            throw new IllegalArgumentException("not a data path: " + localPath);
        }
        return iris.base() + localPath.substring(1);
    }

    /** The local path of a data IRI, or null when the IRI is not under {@code {base}id/}. */
    public String localPathOf(String iri) {
        String space = iris.base() + "id/";
        return iri.startsWith(space) ? ID_PATH + iri.substring(space.length()) : null;
    }

    /** The path of the SPARQL endpoint on this server, e.g. {@code /skynet/sparql}. */
    public String sparqlPath() {
        return datasetName + "/sparql";
    }
}
