package org.skynetkg.web;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.io.StringReader;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.skynetkg.SkynetException;
import org.skynetkg.rdf.Iris;

/**
 * JSON-LD 1.1 compacted with the context in {@code context.jsonld} (the prefixes and short names for the
 * properties the data uses) plus the {@code id:} prefix of the configured base; the context is inlined, so the
 * document needs nothing from the network. Jena's own writer compacts with prefixes only.
 */
final class JsonLdWriter {
    private static final String CONTEXT = Resources.text("context.jsonld");

    private JsonLdWriter() {}

    static void write(Graph graph, Iris iris, OutputStream out) {
        String expanded = RDFWriter.source(graph).format(RDFFormat.JSONLD11_FLAT).asString();
        try {
            JsonObject context = context(iris);
            JsonObject compacted = JsonLd.compact(JsonDocument.of(new StringReader(expanded)),
                    JsonDocument.of(context)).get();
            // The context first, so that a reader sees the short names before they are used.
            JsonObjectBuilder ordered = Json.createObjectBuilder().add("@context", context.get("@context"));
            compacted.forEach((key, value) -> {
                if (!key.equals("@context")) {
                    ordered.add(key, value);
                }
            });
            try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(out)) {
                writer.writeObject(ordered.build());
            }
        } catch (JsonLdError e) {
            throw new SkynetException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    /** The context document with the data prefix {@code id:} of this base added. */
    static JsonObject context(Iris iris) {
        try (JsonReader reader = Json.createReader(new StringReader(CONTEXT))) {
            JsonObject terms = reader.readObject().getJsonObject("@context");
            return Json.createObjectBuilder()
                    .add("@context", Json.createObjectBuilder(terms).add("id", iris.base() + "id/"))
                    .build();
        }
    }
}
