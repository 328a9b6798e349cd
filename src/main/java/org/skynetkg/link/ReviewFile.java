package org.skynetkg.link;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The proposals a person decides on: a TSV file with a comment line naming the source, a header, and one
 * row per proposal: entity, name, candidate, candidateLabel, score, decision ({@code accept}, {@code reject} or
 * empty for undecided).
 */
public final class ReviewFile {
    static final String HEADER = "entity\tname\tcandidate\tcandidateLabel\tscore\tdecision";
    private static final String SOURCE = "# skynet-kg link review; source: ";

    /** A reviewed proposal. */
    public enum Decision { ACCEPT, REJECT, UNDECIDED }

    /** The rows of a review file and the source (linkset) name it was written for. */
    public record Review(String source, List<Proposal> proposals, List<Decision> decisions) {}

    private ReviewFile() {}

    public static void write(Path file, String source, List<Proposal> proposals) {
        List<String> lines = new ArrayList<>();
        lines.add(SOURCE + source + ". Set decision to accept or reject, then run: skynet-kg link --review FILE");
        lines.add(HEADER);
        for (Proposal p : proposals) {
            lines.add(String.join("\t", clean(p.entity()), clean(p.name()), clean(p.candidate()),
                    clean(p.candidateLabel()), String.format(Locale.ROOT, "%.3f", p.score()), ""));
        }
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LinkException(file + ": cannot write the review file: " + e.getMessage());
        }
    }

    public static Review read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new LinkException(file + ": no such review file");
        } catch (IOException e) {
            throw new LinkException(file + ": cannot read the review file: " + e.getMessage());
        }
        String source = null;
        List<Proposal> proposals = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(SOURCE)) {
                source = line.substring(SOURCE.length()).replaceFirst("\\. .*$", "");
            }
            if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5 || f.length > 6) {
                throw new LinkException(file + ":" + (i + 1) + ": expected 6 tab-separated columns (" + HEADER.replace('\t', ' ')
                        + "), found " + f.length);
            }
            proposals.add(new Proposal(f[0], f[1], f[2], f[3], score(file, i, f[4])));
            decisions.add(decision(file, i, f.length == 6 ? f[5] : ""));
        }
        return new Review(source, proposals, decisions);
    }

    private static double score(Path file, int i, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new LinkException(file + ":" + (i + 1) + ": score must be a number, not '" + text + "'");
        }
    }

    private static Decision decision(Path file, int i, String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "accept" -> Decision.ACCEPT;
            case "reject" -> Decision.REJECT;
            case "" -> Decision.UNDECIDED;
            default -> throw new LinkException(file + ":" + (i + 1) + ": decision must be accept, reject or empty, not '"
                    + text + "'");
        };
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
