package org.skynetkg.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.skynetkg.vocab.OA;
import org.skynetkg.vocab.ORG;
import org.skynetkg.vocab.PROV;
import org.skynetkg.vocab.SCHEMA;
import org.skynetkg.vocab.SKG;
import org.skynetkg.vocab.SKGV;
import org.skynetkg.vocab.TIME;

/** The prefixes used when writing skynet-kg RDF. */
public final class Prefixes {
    private Prefixes() {}

    public static PrefixMap add(PrefixMap map, Iris iris) {
        map.add("skg", SKG.NS);
        map.add("skgv", SKGV.NS);
        map.add("id", iris.base() + "id/");
        map.add("prov", PROV.NS);
        map.add("org", ORG.NS);
        map.add("oa", OA.NS);
        map.add("schema", SCHEMA.NS);
        map.add("time", TIME.NS);
        map.add("skos", SKOS.getURI());
        map.add("dcterms", DCTerms.getURI());
        map.add("rdf", RDF.getURI());
        map.add("rdfs", RDFS.getURI());
        map.add("owl", OWL.getURI());
        map.add("xsd", XSD.getURI());
        return map;
    }
}
