package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the agencies and operations a sentence names, by the gazetteer and the patterns. */
final class MentionFinder {
    private static final Pattern YEAR_AFTER = Pattern.compile("^[\\s\"“”'‘’]*(?:[-‐–]\\s*|for\\s+)?((?:19|20)\\d\\d)(?!\\d|,\\d)[,\"“”'‘’]*");
    /** "the 2021 Sky Net campaign"; not "In 2018 Sky Net came under ...", where the year is a time, not a name. */
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "(?<![\\d,])(?<!\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Dd]uring|[Uu]ntil|[Tt]o|[Oo]f|[Aa]nd) )((?:19|20)\\d\\d)\\s*[\"“'‘]?\\s*$");

    private final Gazetteer gazetteer;
    private final Patterns patterns;
    private final NameMatcher<AgencyRef> agencies;
    private final NameMatcher<String> series;
    /** The common names that stand for one agency ({@code alias.NAME}), with the agency each names. */
    private final Map<String, AgencyRef> aliases = new LinkedHashMap<>();

    MentionFinder(Gazetteer gazetteer, Patterns patterns) {
        this.gazetteer = gazetteer;
        this.patterns = patterns;
        for (String alias : patterns.keys("alias.")) {
            gazetteer.agency(patterns.value(alias + ".slug"))
                    .ifPresent(e -> aliases.put(alias, new AgencyRef(e.slug(), e.label(), true)));
        }
        Map<String, AgencyRef> names = new LinkedHashMap<>();
        Map<String, AgencyRef> abbreviations = new LinkedHashMap<>();
        for (Gazetteer.Entry e : gazetteer.agencies()) {
            AgencyRef ref = new AgencyRef(e.slug(), e.label(), true);
            e.names().forEach(n -> names.put(n, ref));
            e.abbreviations().forEach(a -> abbreviations.put(a, ref));
        }
        this.agencies = new NameMatcher<>(names, abbreviations);
        Map<String, String> seriesNames = new LinkedHashMap<>();
        // every series by its names (an unnamed component's label describes it); a cue finds it described otherwise
        for (Gazetteer.Series s : gazetteer.series()) {
            s.entry().names().forEach(n -> seriesNames.put(n, s.slug()));
        }
        this.series = new NameMatcher<>(seriesNames, Map.of());
    }

    /** Agencies named in the text: gazetteer names, the aliases and anaphors of the patterns, unknown organisations. */
    List<Span<AgencyRef>> agencies(String text, Context context) {
        List<Span<AgencyRef>> found = new ArrayList<>(agencies.find(text));
        // "the central bank", "Chinese police": a common name that stands for one agency (alias.NAME, alias.NAME.slug)
        aliases.forEach((alias, agency) -> addAll(found, patterns.matcher(alias, text), agency, 0));
        Matcher ministry = patterns.matcher("anaphor.ministry", text);
        while (ministry.find()) {
            int at = ministry.start();
            AgencyRef before = found.stream().filter(a -> a.end() <= at && a.value().name().toLowerCase(java.util.Locale.ROOT).contains("ministry"))
                    .reduce((a, b) -> b.start() > a.start() ? b : a).map(Span::value).orElse(context.lastMinistry());
            if (before != null && !overlaps(found, ministry.start(), ministry.end())) {
                found.add(new Span<>(ministry.start(), ministry.end(), before, ministry.group()));
            }
        }
        // "it": the agency named before it in the sentence ("the ministry said ... since it launched"), else the
        // subject of the sentences before
        Matcher it = patterns.matcher("pronoun.it.cs", found.isEmpty() && context.lastSubject() == null ? "" : text);
        while (it.find()) {
            int at = it.start(1);
            AgencyRef ref = found.stream().filter(a -> a.end() <= at && a.value().known())
                    .reduce((a, b) -> b.start() > a.start() ? b : a).map(Span::value).orElse(context.lastSubject());
            if (ref != null && !overlaps(found, it.start(1), it.end(1))) {
                found.add(new Span<>(it.start(1), it.end(1), ref, it.group(1)));
            }
        }
        Matcher m = patterns.matcher("org.unknown.cs", text);
        while (m.find()) {
            String name = m.group(1);
            if (name.contains(" ") && !overlaps(found, m.start(1), m.end(1))) {
                found.add(new Span<>(m.start(1), m.end(1), new AgencyRef(null, name, false), name));
            }
        }
        found.sort(Comparator.comparingInt(Span::start));
        return found;
    }

    private static void addAll(List<Span<AgencyRef>> found, Matcher m, AgencyRef ref, int group) {
        while (m.find()) {
            if (!overlaps(found, m.start(group), m.end(group))) {
                found.add(new Span<>(m.start(group), m.end(group), ref, m.group(group)));
            }
        }
    }

    static boolean overlaps(List<? extends Span<?>> spans, int start, int end) {
        return spans.stream().anyMatch(s -> s.start() < end && start < s.end());
    }

    /** Operations named ("Skynet 2022", "the 2021 Sky Net campaign", "Fox Hunting") or described by a series' cue. */
    List<Span<Mention>> operations(String text, OperationRef lastNamed) {
        return operations(text, named(text), lastNamed, true);
    }

    /**
     * The same, given the names of the sentence already found by {@link #named}; the parts described by a cue only
     * if {@code cues} (they matter only where an agency is said to lead them).
     */
    List<Span<Mention>> operations(String text, List<Span<Mention>> names, OperationRef lastNamed, boolean cues) {
        List<Span<Mention>> found = new ArrayList<>(names);
        addAnaphora(found, text, lastNamed);
        for (Gazetteer.Series s : cues ? gazetteer.series() : List.<Gazetteer.Series>of()) {
            if (s.cue() != null) {
                Matcher m = s.cue().matcher(text);
                if (m.find() && !overlaps(found, m.start(), m.end())) {
                    found.add(new Span<>(m.start(), m.end(), new Mention(s.slug(), null, true, false, false), m.group()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Span::start));
        return found;
    }

    /** Operations named by a series name, with the year written next to it if any. */
    List<Span<Mention>> named(String text) {
        List<Span<Mention>> found = new ArrayList<>();
        for (Span<String> s : series.find(text)) {
            int start = s.start();
            int end = s.end();
            Integer year = null;
            Matcher after = YEAR_AFTER.matcher(text.substring(end));
            int window = Math.max(0, start - 12);
            Matcher before = YEAR_BEFORE.matcher(text.substring(window, start));
            if (after.find()) {
                year = Integer.valueOf(after.group(1));
                end += after.end();
            } else if (before.find()) {
                year = Integer.valueOf(before.group(1));
                start = window + before.start(1);
            }
            String left = text.substring(Math.max(0, start - 25), start);
            boolean lastYear = year == null && (patterns.get("context.last-year").matcher(left).find()
                    || patterns.find("context.last-year.apposition", text.substring(Math.max(0, start - 100), start)));
            boolean thisYear = year == null && patterns.get("context.this-year").matcher(left).find();
            found.add(new Span<>(start, end, new Mention(s.value(), year, false, lastYear, thisYear),
                    text.substring(start, end)));
        }
        return found;
    }

    private void addAnaphora(List<Span<Mention>> found, String text, OperationRef lastNamed) {
        Matcher start = patterns.matcher("anaphor.operation.start", text);
        if (lastNamed != null && (found.isEmpty() || start.find() && !overlaps(found, start.start(), start.end()))) {
            // "the 2019 operation": that year's
            Matcher m = patterns.matcher("anaphor.dated-operation", text);
            if (m.find()) {
                found.add(new Span<>(m.start(), m.end(), new Mention(gazetteer.topLevel(lastNamed.series()),
                        Integer.valueOf(m.group(1)), false, false, false), m.group()));
            }
            // "the new campaign": this year's yearly operation
            m = patterns.matcher("anaphor.new-operation", text);
            if (m.find() && !overlaps(found, m.start(), m.end())) {
                found.add(new Span<>(m.start(), m.end(), new Mention(gazetteer.topLevel(lastNamed.series()), null, false, false, true),
                        m.group()));
            }
            // "the campaign": the last operation named; its year may come from the sentence ("In 2019, the campaign ...").
            m = patterns.matcher("anaphor.operation", text);
            if (m.find() && !overlaps(found, m.start(), m.end())) {
                found.add(new Span<>(m.start(), m.end(), new Mention(lastNamed.series(), null, false, false, false),
                        m.group()));
            }
            m = patterns.matcher("anaphor.last-year-operation", text);
            if (m.find() && !overlaps(found, m.start(), m.end())) {
                found.add(new Span<>(m.start(), m.end(), new Mention(gazetteer.topLevel(lastNamed.series()), null, false, true, false),
                        m.group()));
            }
        }
    }
}
