package org.skynetkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.semanticweb.HermiT.Configuration;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyCreationException;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.skynetkg.load.Pipeline;
import org.skynetkg.rdf.ReferenceData;

/**
 * The ontology is consistent with real data under an OWL 2 DL reasoner (HermiT): the ontology, the reference
 * data and the seed announcement's graph, written as Turtle by the pipeline and read back with OWLAPI.
 * xsd:gYear is outside the OWL 2 datatype map, so HermiT is told to ignore datatypes it does not support.
 */
class OntologyConsistencyTest {
    @TempDir
    Path dir;

    @Test
    void ontologyReferenceDataAndTheSeedGraphAreConsistentUnderHermiT() throws IOException, OWLOntologyCreationException {
        Pipeline pipeline = Pipeline.create();
        Model all = ReferenceData.ontology().add(pipeline.reference());
        pipeline.toRdf(pipeline.extract(Path.of("data/skynet-2022-launch.txt")), StreamRDFLib.graph(all.getGraph()));
        Path file = dir.resolve("seed-with-ontology.ttl");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, all, RDFFormat.TURTLE);
        }

        OWLOntology ontology = OWLManager.createOWLOntologyManager().loadOntologyFromOntologyDocument(file.toFile());
        Configuration config = new Configuration();
        config.ignoreUnsupportedDatatypes = true;
        OWLReasoner hermit = new ReasonerFactory().createReasoner(ontology, config);
        try {
            assertTrue(ontology.getIndividualsInSignature().size() > 10, "the data was not read as individuals");
            assertTrue(hermit.isConsistent(), "HermiT finds the ontology inconsistent with the seed's graph");
            Set<OWLClass> unsatisfiable = hermit.getUnsatisfiableClasses().getEntitiesMinusBottom();
            assertEquals(Set.of(), unsatisfiable, "unsatisfiable classes");
        } finally {
            hermit.dispose();
        }
    }
}
