package org.skynetkg.evaluate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skynetkg.SkynetException;

/**
 * A set of real reports annotated by people, kept as one TSV row per text ({@code eval/real-en.tsv}): its id, the
 * split it belongs to ({@code dev} to tune on, {@code test} to report on), publication date, publisher, address and
 * the facts read in it, one per further column. The texts themselves are other people's and are not kept with the
 * set: {@code ID.txt} in a folder of one's own, rebuilt from the addresses.
 * <p>
 * A fact column is either {@code OPERATION MEASURE VALUE UNIT QUALIFIER [START..END]} (an outcome, the period when
 * the text states one) or {@code lead OPERATION AGENCY} (a lead agency: a slug, or {@code new:} and the name).
 */
public record EvaluationSet(List<Entry> entries) {
    private static final Pattern OUTCOME = Pattern.compile(
            "([a-z0-9-]+-(?:19|20)\\d\\d) ([a-z-]+) (\\d+(?:\\.\\d+)?) ([A-Za-z]+) (exact|atLeast|about)(?: (\\d{4}-\\d\\d-\\d\\d)\\.\\.(\\d{4}-\\d\\d-\\d\\d))?");
    private static final Pattern LEAD = Pattern.compile("lead ([a-z0-9-]+-(?:19|20)\\d\\d) (\\S.*)");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** One annotated text. */
    public record Entry(String id, String split, LocalDate published, String publisher, String url, GoldFacts gold) {
        /** Front matter for a text saved without any, from what the set records of it. */
        public String frontMatter() {
            return "---\npublisher: " + publisher + "\npublished: " + published + "\nurl: " + url + "\n---\n";
        }
    }

    public static EvaluationSet read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SkynetException(file + ": cannot read the evaluation set: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            Entry e = entry(line.split("\t", -1), file + ": line " + (i + 1));
            if (!ids.add(e.id())) {
                throw new SkynetException(file + ": line " + (i + 1) + ": id '" + e.id() + "' appears twice");
            }
            entries.add(e);
        }
        return new EvaluationSet(List.copyOf(entries));
    }

    private static Entry entry(String[] c, String where) {
        if (c.length < 5) {
            throw new SkynetException(where + ": a row needs id, split, published, publisher and url (" + c.length + " columns)");
        }
        if (!ID.matcher(c[0]).matches()) {
            throw new SkynetException(where + ": id '" + c[0] + "' is not lower-case letters, digits and hyphens");
        }
        LocalDate published;
        try {
            published = LocalDate.parse(c[2]);
        } catch (DateTimeParseException e) {
            throw new SkynetException(where + ": published '" + c[2] + "' is not a date YYYY-MM-DD");
        }
        Set<String> outcomes = new LinkedHashSet<>();
        Set<String> detailed = new LinkedHashSet<>();
        Set<String> leads = new LinkedHashSet<>();
        for (int k = 5; k < c.length; k++) {
            String fact = c[k].strip();
            Matcher o = OUTCOME.matcher(fact);
            Matcher l = LEAD.matcher(fact);
            if (fact.isEmpty()) {
                continue;
            } else if (l.matches()) {
                leads.add(GoldFacts.leadKey(l.group(1), l.group(2)));
            } else if (o.matches()) {
                outcomes.add(GoldFacts.outcomeKey(o.group(1), o.group(2), o.group(3)));
                detailed.add(String.join(" ", o.group(1), o.group(2), o.group(3), o.group(4), o.group(5),
                        o.group(6) == null ? "" : o.group(6), o.group(7) == null ? "" : o.group(7)).strip());
            } else {
                throw new SkynetException(where + ": column " + (k + 1) + " is not a fact: '" + fact + "'");
            }
        }
        return new Entry(c[0], c[1], published, c[3], c[4], new GoldFacts(outcomes, detailed, leads));
    }

    /** The entries of one split, or all of them when {@code split} is null. */
    public List<Entry> split(String split) {
        return split == null ? entries : entries.stream().filter(e -> e.split().equals(split)).toList();
    }
}
