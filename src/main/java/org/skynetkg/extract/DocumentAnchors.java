package org.skynetkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.skynetkg.document.Announcement;
import org.skynetkg.document.Sentence;

/**
 * What a whole document says about time and operations, read before any figure is given an owner: the publication
 * date, the operations it names anywhere and which of them it says are being launched (a launch is not a result),
 * the year a name written without one stands for ("launched in July", in a January report: last July), and what
 * the document is about (Fox Hunt when it names Fox Hunt and never Sky Net).
 */
final class DocumentAnchors {
    private final Integer publicationYear;
    private LocalDate published;
    private final Map<String, Set<Integer>> named = new HashMap<>();
    private final Map<String, Set<Integer>> launched = new HashMap<>();
    private final Map<String, Integer> yearless = new HashMap<>();
    private final String defaultSeries;
    private boolean launchesThisYear;
    private final List<List<Span<Mention>>> names = new ArrayList<>();
    private final Set<String> firstYearOnly = new TreeSet<>();

    private DocumentAnchors(Integer publicationYear, String defaultSeries) {
        this.publicationYear = publicationYear;
        this.defaultSeries = defaultSeries;
    }

    static DocumentAnchors read(Announcement doc, MentionFinder finder, Patterns patterns, Gazetteer gazetteer) {
        LocalDate published = doc.metadata().published();
        Set<String> seriesNamed = new TreeSet<>();
        String lastSeries = null;
        Map<String, Integer> launchMonthYear = new HashMap<>();
        Map<String, Set<Integer>> named = new HashMap<>();
        Map<String, Set<Integer>> launched = new HashMap<>();
        boolean launchesThisYear = false;
        List<List<Span<Mention>>> byIndex = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            patterns.focus(s.text());
            List<Span<Mention>> mentions = finder.named(s.text());
            byIndex.add(mentions);
            boolean launch = patterns.find("verb.launch", s.text());
            // "was launched in July", read in November: the document looks back on that launch
            boolean launchNow = launch && (published == null || !RelativeDates.launchedMonthsAgo(s.text(), patterns, published));
            launchesThisYear |= launch && published != null && patterns.find("anaphor.operation.any", s.text())
                    && (s.text().contains(String.valueOf(published.getYear())) || patterns.find("context.this-year", s.text()));
            for (Span<Mention> m : mentions) {
                String series = m.value().series();
                seriesNamed.add(series);
                lastSeries = series;
                if (m.value().year() != null) {
                    named.computeIfAbsent(series, k -> new TreeSet<>()).add(m.value().year());
                    if (launchNow && (published == null || m.value().year() >= published.getYear())) {
                        launched.computeIfAbsent(series, k -> new TreeSet<>()).add(m.value().year());
                    }
                }
            }
            Integer year = launch && published != null ? RelativeDates.launchMonth(s.text(), patterns, published) : null;
            String about = mentions.stream().filter(m -> m.value().year() == null).map(m -> m.value().series()).findFirst()
                    .orElse(patterns.find("anaphor.operation", s.text()) ? lastSeries : null);
            if (year != null && about != null) {
                launchMonthYear.putIfAbsent(about, year);
            }
        }
        String fallback = gazetteer.series().stream().filter(x -> x.componentOf() == null).map(Gazetteer.Series::slug)
                .findFirst().orElse(null);
        // A document that names only components (Fox Hunt) is about them; otherwise about the yearly operation.
        String topic = seriesNamed.size() == 1 ? seriesNamed.iterator().next() : fallback;
        DocumentAnchors anchors = new DocumentAnchors(published == null ? null : published.getYear(), topic);
        anchors.named.putAll(named);
        anchors.launched.putAll(launched);
        anchors.yearless.putAll(launchMonthYear);
        anchors.names.addAll(byIndex);
        anchors.published = published;
        // published in a series' first year, the document can report on no other operation of it
        if (published != null) {
            gazetteer.series().stream().filter(x -> x.firstYear() != null && x.firstYear() == published.getYear())
                    .forEach(x -> anchors.firstYearOnly.add(x.slug()));
        }
        anchors.launchesThisYear = launchesThisYear || published != null
                && launched.values().stream().anyMatch(years -> years.contains(published.getYear()));
        return anchors;
    }

    /** The series names of a sentence, with the year written with them (read once for the whole document). */
    List<Span<Mention>> names(Sentence s) {
        return names.get(s.index());
    }

    /** The operations the document names with a year, in the order it names them. */
    List<OperationRef> namedWithYear() {
        List<OperationRef> out = new ArrayList<>();
        names.forEach(l -> l.stream().filter(m -> m.value().year() != null)
                .forEach(m -> out.add(new OperationRef(m.value().series(), m.value().year()))));
        return out;
    }

    /** The latest operation of the series the document says is launched, if any. */
    Integer launchedYear(String series) {
        Set<Integer> years = launched.getOrDefault(series, Set.of());
        return years.isEmpty() ? null : years.stream().max(Integer::compare).get();
    }

    /** Whether the document launches an operation of its publication year: a plan, whose "will" assigns parts. */
    boolean launchesThisYear() {
        return launchesThisYear;
    }

    /** The series a figure with no operation named near it belongs to when nothing else tells. */
    String topic() {
        return defaultSeries;
    }

    Integer publicationYear() {
        return publicationYear;
    }

    /**
     * The year of a date written without one, against the publication date: "by the end of last year" is the year
     * before; "by the end of October" is this year's October when it has come, else last year's. Null with no date.
     */
    Integer yearOfUndated(String words, Patterns patterns) {
        return published == null ? null : RelativeDates.yearOfUndated(words, patterns, published);
    }

    /** The year a name of the series written without one stands for, when the document dates its launch. */
    Integer yearlessYear(String series) {
        return yearless.get(series);
    }

    /**
     * The one operation of the series whose results the document can be reporting: the years named with it, less
     * those the document launches; with none named, the year of a dated launch. Null when there are several or none.
     */
    Integer onlyYear(String series) {
        Set<Integer> years = new TreeSet<>(named.getOrDefault(series, Set.of()));
        // an operation the document launches is no operation whose results it reports
        years.removeAll(launched.getOrDefault(series, Set.of()));
        if (years.isEmpty()) {
            Integer yearless = yearlessYear(series);
            return yearless != null || !firstYearOnly.contains(series) ? yearless : publicationYear;
        }
        return years.size() == 1 ? years.iterator().next() : null;
    }
}
