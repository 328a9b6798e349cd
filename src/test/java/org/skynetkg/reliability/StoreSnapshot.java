package org.skynetkg.reliability;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.skynetkg.store.KnowledgeStore;

/** What a store holds, opened in this JVM: a hash of its sorted N-Quads and each graph's size. */
record StoreSnapshot(long quads, String sha256, Map<String, Long> graphSizes) {

    static StoreSnapshot of(Path dir) {
        try (KnowledgeStore store = KnowledgeStore.open(dir)) {
            List<String> lines = Txn.calculateRead(store.datasetGraph(), () -> Iter.toList(Iter.map(
                    store.datasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY), StoreSnapshot::line)));
            List<String> sorted = lines.stream().sorted().toList();
            Map<String, Long> sizes = new TreeMap<>();
            for (Node g : store.graphNames()) {
                sizes.put(g.getURI(), store.size(g));
            }
            return new StoreSnapshot(sorted.size(), sha256(sorted), sizes);
        }
    }

    private static String line(Quad q) {
        return NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .";
    }

    private static String sha256(List<String> lines) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (String l : lines) {
                b.write((l + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest(b.toByteArray()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
