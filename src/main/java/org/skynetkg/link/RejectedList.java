package org.skynetkg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pairs a person rejected, never proposed again: a TSV file ({@code entity}, {@code candidate}) kept outside
 * the store and the reference data, by default {@code links-rejected.tsv} beside the store folder.
 */
public final class RejectedList {
    static final String HEADER = "entity\tcandidate";

    private RejectedList() {}

    public static Set<Proposal.Pair> read(Path file) {
        Set<Proposal.Pair> pairs = new HashSet<>();
        if (!Files.exists(file)) {
            return pairs;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 2) {
                    throw new LinkException(file + ":" + (i + 1) + ": expected entity<TAB>candidate");
                }
                pairs.add(new Proposal.Pair(f[0].trim(), f[1].trim()));
            }
            return pairs;
        } catch (IOException e) {
            throw new LinkException(file + ": cannot read the rejected list: " + e.getMessage());
        }
    }

    /** Adds pairs that are not in the list yet. */
    public static void add(Path file, Collection<Proposal.Pair> rejected) {
        Set<Proposal.Pair> known = read(file);
        StringBuilder b = new StringBuilder(Files.exists(file) ? "" : HEADER + "\n");
        rejected.stream().filter(known::add).forEach(p -> b.append(p.entity()).append('\t').append(p.candidate()).append('\n'));
        try {
            Files.writeString(file, b, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new LinkException(file + ": cannot write the rejected list: " + e.getMessage());
        }
    }
}
