package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Names in Chinese text, by the @zh labels of the gazetteer: agencies (longest name first, no overlaps), named
 * yearly operations ("天网2023", "2019年猎狐行动"), series named without a year, and components described by their
 * Chinese cue.
 */
final class ChineseMentions {
    private final ChinesePatterns patterns;
    private final List<Map.Entry<String, AgencyRef>> agencyNames = new ArrayList<>();
    private final Map<String, String> seriesNames = new LinkedHashMap<>();
    private final List<Gazetteer.Series> cued = new ArrayList<>();

    ChineseMentions(Gazetteer gazetteer, ChinesePatterns patterns) {
        this.patterns = patterns;
        for (Gazetteer.Entry e : gazetteer.agencies()) {
            e.chineseNames().forEach(n -> agencyNames.add(Map.entry(n, new AgencyRef(e.slug(), e.label(), true))));
        }
        agencyNames.sort(Comparator.comparingInt((Map.Entry<String, AgencyRef> n) -> n.getKey().length()).reversed());
        for (Gazetteer.Series s : gazetteer.series()) {
            s.entry().chineseNames().forEach(n -> seriesNames.put(n, s.slug()));
            if (s.chineseCue() != null) {
                cued.add(s);
            }
        }
    }

    List<Span<AgencyRef>> agencies(String text) {
        List<Span<AgencyRef>> found = new ArrayList<>();
        for (Map.Entry<String, AgencyRef> name : agencyNames) {
            for (int at = text.indexOf(name.getKey()); at >= 0; at = text.indexOf(name.getKey(), at + 1)) {
                int from = at;
                int to = at + name.getKey().length();
                if (found.stream().noneMatch(f -> f.start() < to && from < f.end())) {
                    found.add(new Span<>(from, to, name.getValue(), name.getKey()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Span::start));
        return found;
    }

    /** Operations named with their year. */
    List<Span<OperationRef>> named(String text) {
        List<Span<OperationRef>> found = new ArrayList<>();
        Matcher m = patterns.matcher("operation.named", text);
        while (m.find()) {
            found.add(new Span<>(m.start(), m.end(), new OperationRef(seriesNames.get(m.group(1)), Integer.parseInt(m.group(2))),
                    m.group()));
        }
        Matcher before = patterns.matcher("operation.year-before", text);
        while (before.find()) {
            int from = before.start();
            int to = before.end();
            if (found.stream().noneMatch(f -> f.start() < to && from < f.end())) {
                found.add(new Span<>(from, to, new OperationRef(seriesNames.get(before.group(2)),
                        Integer.parseInt(before.group(1))), before.group()));
            }
        }
        found.sort(Comparator.comparingInt(Span::start));
        return found;
    }

    /** Series named without a year ("天网行动", "猎狐") or described by a cue, outside the named operations. */
    List<Span<String>> series(String text, List<Span<OperationRef>> named) {
        List<Span<String>> found = new ArrayList<>();
        seriesNames.forEach((name, slug) -> {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int from = at;
                int to = at + name.length();
                if (named.stream().noneMatch(n -> n.start() < to && from < n.end())
                        && found.stream().noneMatch(f -> f.start() < to && from < f.end())) {
                    found.add(new Span<>(from, to, slug, name));
                }
            }
        });
        for (Gazetteer.Series s : cued) {
            Matcher m = s.chineseCue().matcher(text);
            while (m.find()) {
                found.add(new Span<>(m.start(), m.end(), s.slug(), m.group()));
            }
        }
        found.sort(Comparator.comparingInt(Span::start));
        return found;
    }
}
