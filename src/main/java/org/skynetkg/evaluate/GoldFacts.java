package org.skynetkg.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.skynetkg.SkynetException;

/**
 * The facts a person read in an announcement, from its {@code NAME.gold.tsv}: columns
 * {@code kind, operation, measure, value, unit, qualifier, periodStart, periodEnd, agency, role};
 * lines starting with {@code #} are comments.
 */
public record GoldFacts(Set<String> outcomes, Set<String> detailedOutcomes, Set<String> leads) {

    public static GoldFacts read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SkynetException(file + ": cannot read the gold file: " + e.getMessage(), e);
        }
        Set<String> outcomes = new LinkedHashSet<>();
        Set<String> detailed = new LinkedHashSet<>();
        Set<String> leads = new LinkedHashSet<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = (line + "\t\t\t\t\t\t\t\t\t\t").split("\t", -1);
            switch (c[0]) {
                case "outcome" -> {
                    outcomes.add(outcomeKey(c[1], c[2], c[3]));
                    detailed.add(String.join(" ", c[1], c[2], c[3], c[4], c[5], c[6], c[7]).strip());
                }
                case "role" -> leads.add(leadKey(c[1], c[8]));
                default -> throw new SkynetException(file + ": line " + (i + 1) + ": unknown kind '" + c[0] + "'");
            }
        }
        return new GoldFacts(outcomes, detailed, leads);
    }

    /** An agency annotated as new ({@code new:NAME}) that the gazetteer knows is compared by its slug. */
    public GoldFacts resolveAgencies(org.skynetkg.extract.Gazetteer gazetteer) {
        Set<String> resolved = new LinkedHashSet<>();
        for (String lead : leads) {
            int at = lead.indexOf(" new:");
            String known = at < 0 ? null : gazetteer.agencies().stream()
                    .filter(e -> e.names().stream().anyMatch(n -> n.equalsIgnoreCase(lead.substring(at + 5))))
                    .map(org.skynetkg.extract.Gazetteer.Entry::slug).findFirst().orElse(null);
            resolved.add(known == null ? lead : lead.substring(0, at) + " " + known);
        }
        return new GoldFacts(outcomes, detailedOutcomes, resolved);
    }

    static String outcomeKey(String operation, String measure, String value) {
        return operation + " " + measure + " " + new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
    }

    static String leadKey(String operation, String agency) {
        return operation + " " + agency;
    }
}
