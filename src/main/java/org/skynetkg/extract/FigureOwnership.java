package org.skynetkg.extract;

import java.time.LocalDate;
import java.util.List;
import org.skynetkg.document.Sentence;

/**
 * Which operation a figure belongs to, decided with the whole document in view. The candidates, in order: the
 * operation its sentence names with a year ("Sky Net 2021", "last year's operation"); the series its sentence
 * names or whose words it uses (the police and economic crimes for Fox Hunt), else the figures before it, else the
 * document's subject, with the year of the period the sentence states, else of the figures before it, else of the
 * one operation of that series whose results the document reports. A figure of several years, of one city, of
 * another campaign, or whose year nothing gives, belongs to none and is left out with the reason.
 */
final class FigureOwnership {
    private final Gazetteer gazetteer;
    private final Patterns patterns;

    FigureOwnership(Gazetteer gazetteer, Patterns patterns) {
        this.gazetteer = gazetteer;
        this.patterns = patterns;
    }

    /** What the extractor knows when it gives owners to the figures of one sentence. */
    record Scene(Sentence sentence, List<Figure> figures, List<RoleRules.Target> targets, List<Period> periods,
                 DocumentAnchors document, Owner carried, LocalDate carriedStart, LocalDate carriedEnd) {
        /** Whether a period lies inside that of the figures before, and is shorter ("In December alone"). */
        boolean within(Period p) {
            return carriedStart != null && !p.start().isBefore(carriedStart) && !p.end().isAfter(carriedEnd)
                    && (p.start().isAfter(carriedStart) || p.end().isBefore(carriedEnd));
        }
    }

    /**
     * The period a figure is stated for: the sentence's only one, or the one that opens it ("Last year, ..."); of
     * several, the first after the figure and before the next ("1,421 in 2020 and 1,114 in 2021"), else the last
     * before it. Not the end of a span of several years ("from 2014 to October this year"), nor the date of a launch
     * ("after kicking off the campaign in 2014"), nor the period of a comparison after it ("four times the number in
     * 2013").
     */
    Period periodOf(Scene scene, Figure f) {
        String text = scene.sentence().text();
        List<int[]> cumulative = cumulative(text);
        List<Period> periods = scene.periods().stream()
                .filter(p -> cumulative.stream().noneMatch(c -> c[0] < p.to() && p.from() < c[1]))
                .filter(p -> !patterns.find("verb.launch", text.substring(Math.max(0, p.from() - 40), p.from())))
                .filter(p -> !(p.from() >= f.end() && patterns.find("period.compared", text.substring(f.end(), p.from()))))
                .toList();
        if (periods.size() <= 1) {
            return periods.isEmpty() ? null : periods.get(0);
        }
        if (patterns.find("period.opening", text.substring(0, periods.get(0).to() + 1))) {
            return periods.get(0);
        }
        int i = scene.figures().indexOf(f);
        int next = i + 1 < scene.figures().size() ? scene.figures().get(i + 1).start() : text.length();
        Period before = null;
        for (Period p : periods) {
            if (p.from() >= f.end() && p.from() < next) {
                return p;
            }
            if (p.to() <= f.start()) {
                before = p;
            }
        }
        return before;
    }

    /**
     * The owner of a figure (whose period {@link #periodOf} gave) with what else was considered, or null (with a
     * note) when it has none or it is not certain.
     */
    Owner ownerOf(Scene scene, Figure f, Period period, List<String> notes) {
        RoleRules.Target named = named(scene.targets(), f, scene.sentence().text());
        Owner owner = decide(scene, f, named, period, notes);
        return owner == null ? null : owner.considering(() -> candidates(scene, named, period));
    }

    /** What each source offered: the name in the sentence, its words, its period, the figures before, the document. */
    private String candidates(Scene scene, RoleRules.Target named, Period period) {
        String text = scene.sentence().text();
        String cue = cued(text);
        String topic = scene.document().topic();
        Integer only = topic == null ? null : scene.document().onlyYear(topic);
        return "name " + (named == null ? "none" : "'" + named.span().surface().strip() + "' (" + named.op() + ")")
                + "; words " + (cue == null ? "none" : cue)
                + "; period " + (period == null ? "none" : period.start() + ".." + period.end())
                + "; before " + (scene.carried() == null ? "none" : scene.carried().operation())
                + "; document " + (topic == null ? "none" : topic + (only == null ? " (year not single)" : " " + only));
    }

    private Owner decide(Scene scene, Figure f, RoleRules.Target named, Period period, List<String> notes) {
        String text = scene.sentence().text();
        boolean explicit = named != null && dated(named) || period != null;
        String excluded = excluded(text, scene, f, explicit, named != null && dated(named));
        if (excluded != null) {
            notes.add(OutcomeRules.note(scene.sentence(), f, excluded));
            return null;
        }
        if (named != null && dated(named)) {
            return new Owner(named.op(), Owner.NAMED, "its sentence names '" + named.span().surface() + "'");
        }
        Owner carried = scene.carried();
        if (named == null && period == null && carried != null && patterns.before("marker.subset", text, f.start())) {
            return carried.carried("a part of the total before it, of " + carried.operation());
        }
        String series = named != null ? named.span().value().series() : cued(text);
        String seriesWhy = named != null ? "'" + named.span().surface() + "'" : series != null ? "the words of its sentence" : null;
        // A sentence with a period of its own starts afresh, unless the period is a part of the one before.
        if (series == null && carried != null && (period == null || scene.within(period))) {
            series = carried.operation().series();
            seriesWhy = "the figures before it";
        }
        if (series == null) {
            series = scene.document().topic();
            seriesWhy = "what the document is about";
        }
        if (series == null) {
            notes.add(OutcomeRules.note(scene.sentence(), f, "no operation named for it"));
            return null;
        }
        Owner owner = withYear(scene, period, series, seriesWhy, carried);
        if (owner != null && !gazetteer.hasYear(series, owner.operation().year())) {
            notes.add(OutcomeRules.note(scene.sentence(), f, gazetteer.label(series) + " had no operation in "
                    + owner.operation().year()));
            return null;
        }
        if (owner == null) {
            notes.add(OutcomeRules.note(scene.sentence(), f, "no year for it: " + gazetteer.label(series)
                    + " (from " + seriesWhy + ") of which year is not said [" + candidates(scene, named, period) + "]"));
        }
        return owner;
    }

    private Owner withYear(Scene scene, Period period, String series, String seriesWhy, Owner carried) {
        if (period != null) {
            return new Owner(new OperationRef(series, period.year()), Owner.PERIOD,
                    "the period its sentence states (" + period.rule() + ") and " + seriesWhy);
        }
        if (patterns.find("figure.since-launch", scene.sentence().text())) {
            Integer launched = scene.document().launchedYear(series);
            Integer year = launched != null ? launched : scene.document().publicationYear();
            if (year != null) {
                return new Owner(new OperationRef(series, year), Owner.PERIOD,
                        "a count since the launch of " + gazetteer.label(series) + " " + year + ", and " + seriesWhy);
            }
        }
        if (carried != null && carried.operation().series().equals(series)) {
            return carried.carried("it continues the figures before it, of " + carried.operation());
        }
        Integer year = scene.document().onlyYear(series);
        if (year != null) {
            return new Owner(new OperationRef(series, year), Owner.DOCUMENT,
                    "the only " + gazetteer.label(series) + " operation the document reports on, and " + seriesWhy);
        }
        return null;
    }

    private static boolean dated(RoleRules.Target t) {
        Mention m = t.span().value();
        return m.year() != null || m.lastYear() || m.thisYear();
    }

    /** Why a figure belongs to no yearly operation, or null. */
    private String excluded(String text, Scene scene, Figure f, boolean explicit, boolean namedWithYear) {
        if (cumulativeNear(text, f, scene.figures())
                || (!cumulative(text).isEmpty() || patterns.find("period.multi-year", text)) && !explicit) {
            return "a cumulative figure over several years";
        }
        if (patterns.find("figure.local.cs", text)) {
            return "a figure of one city or province";
        }
        if (patterns.find("figure.other-campaign", text)) {
            return "a figure of another campaign";
        }
        if (patterns.find("figure.newly-fled", text)) {
            return "a count of people who fled, not of people brought back";
        }
        if (!explicit && patterns.find("figure.individual", text)) {
            return "a figure of one person's case";
        }
        if (patterns.find("figure.as-of", text) && !namedWithYear) {
            return "a running count up to a date, with no operation named for it";
        }
        return null;
    }

    /** The series whose words the sentence uses ("police", "economic crimes"), when it is one series only. */
    private String cued(String text) {
        String found = null;
        for (Gazetteer.Series s : gazetteer.series()) {
            String key = "figure.series." + s.slug();
            if (patterns.has(key) && patterns.find(key, text)) {
                if (found != null) {
                    return null;
                }
                found = s.slug();
            }
        }
        return found;
    }

    /**
     * The operation named nearest before the figure (else the first after it), a name with a year first; not a
     * name that only says what the owner is part of ("the Fox Hunt campaign, an important part of Sky Net").
     */
    private RoleRules.Target named(List<RoleRules.Target> targets, Figure f, String text) {
        RoleRules.Target withYear = nearest(targets, f, text, true);
        return withYear != null ? withYear : nearest(targets, f, text, false);
    }

    private RoleRules.Target nearest(List<RoleRules.Target> targets, Figure f, String text, boolean withYear) {
        RoleRules.Target owner = null;
        for (RoleRules.Target t : targets) {
            Mention m = t.span().value();
            boolean partOf = patterns.find("figure.owner.part-of", text.substring(Math.max(0, t.span().start() - 40), t.span().start()));
            boolean otherClause = t.span().end() <= f.start()
                    && patterns.find("figure.owner.clause-break.cs", text.substring(t.span().end(), f.end()));
            if (!m.cue() && !partOf && !otherClause && (!withYear || dated(t)) && (owner == null || t.span().start() < f.start())) {
                owner = t;
            }
        }
        return owner;
    }

    /** The spans of several years the sentence names: in words ("since 2014", "so far") or as years ("2014-2016"). */
    private List<int[]> cumulative(String text) {
        List<int[]> words = patterns.spans("period.cumulative", text);
        List<int[]> range = patterns.spans("period.cumulative.range", text);
        if (range.isEmpty()) {
            return words;
        }
        List<int[]> all = new java.util.ArrayList<>(words);
        all.addAll(range);
        return all;
    }

    /**
     * A multi-year marker in the figure's own stretch of text: from the previous figure (or the last comma before
     * it) to the next figure (or the first comma after it).
     */
    private boolean cumulativeNear(String text, Figure f, List<Figure> figures) {
        int i = figures.indexOf(f);
        int prevEnd = i > 0 ? figures.get(i - 1).end() : 0;
        int nextStart = i + 1 < figures.size() ? figures.get(i + 1).start() : text.length();
        int from = Math.max(prevEnd, text.lastIndexOf(',', f.start()) + 1);
        int comma = text.indexOf(',', f.end());
        int to = Math.min(nextStart, comma < 0 ? text.length() : comma);
        for (int[] m : cumulative(text)) {
            if (m[0] < to && m[1] > from) {
                return true;
            }
        }
        return false;
    }
}
