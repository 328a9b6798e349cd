package org.skynetkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.skynetkg.SkynetException;

/**
 * The ontology and the reference data (gazetteer of agencies, series and places; identity links), shipped in
 * the jar under {@code ontology/}. Reference files use relative IRIs, resolved against the configured base.
 */
public final class ReferenceData {
    public static final String ONTOLOGY = "ontology/skynet-kg.ttl";
    public static final List<String> REFERENCE = List.of("ontology/reference/agencies.ttl",
            "ontology/reference/series.ttl", "ontology/reference/places.ttl", "ontology/reference/links.ttl",
            "ontology/reference/cube.ttl");

    private ReferenceData() {}

    public static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        read(m, ONTOLOGY, "https://w3id.org/skynet-kg/ontology");
        return m;
    }

    public static Model reference(Iris iris) {
        Model m = ModelFactory.createDefaultModel();
        for (String r : REFERENCE) {
            read(m, r, iris.base());
        }
        return m;
    }

    private static void read(Model m, String resource, String base) {
        try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new SkynetException("reference data not found on the classpath: " + resource);
            }
            RDFParser.source(in).lang(Lang.TURTLE).base(base).parse(m);
        } catch (IOException e) {
            throw new SkynetException("cannot read " + resource + ": " + e.getMessage(), e);
        } catch (RiotException e) {
            throw new SkynetException(resource + ": " + e.getMessage(), e);
        }
    }
}
