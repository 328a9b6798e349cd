package org.skynetkg.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
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
    private final FigurePeriods periods;
    private final NamedOwners names;
    private final FigureExclusions exclusions;

    FigureOwnership(Gazetteer gazetteer, Patterns patterns) {
        this.gazetteer = gazetteer;
        this.patterns = patterns;
        this.periods = new FigurePeriods(patterns);
        this.names = new NamedOwners(gazetteer, patterns);
        this.exclusions = new FigureExclusions(patterns, periods);
    }

    /** The period a figure is stated for ({@link FigurePeriods#periodOf}). */
    Period periodOf(Scene scene, Figure f) {
        return periods.periodOf(scene, f);
    }

    /** What the extractor knows when it gives owners to the figures of one sentence. */
    record Scene(Sentence sentence, List<Figure> figures, List<RoleRules.Target> targets, List<Period> periods,
                 DocumentAnchors document, Owner carried, LocalDate carriedStart, LocalDate carriedEnd, String agencies) {
        /** Whether a period lies inside that of the figures before, and is shorter ("In December alone"). */
        boolean within(Period p) {
            return carriedStart != null && !p.start().isBefore(carriedStart) && !p.end().isAfter(carriedEnd)
                    && (p.start().isAfter(carriedStart) || p.end().isBefore(carriedEnd));
        }
    }

    /**
     * The owner of a figure (whose period {@link #periodOf} gave) with what else was considered, or null (with a
     * note) when it has none or it is not certain.
     */
    Owner ownerOf(Scene scene, Figure f, Period period, List<String> notes) {
        RoleRules.Target named = names.named(scene.targets(), f, scene.sentence().text());
        Owner owner = decide(scene, f, named, period, notes);
        return owner == null ? null : owner.considering(() -> candidates(scene, named, period));
    }

    /** What each source offered: the name in the sentence, its words, its period, the figures before, the document. */
    private String candidates(Scene scene, RoleRules.Target named, Period period) {
        String text = scene.sentence().text();
        String cue = names.cued(text + " " + scene.agencies());
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
        boolean explicit = named != null && NamedOwners.dated(named) || period != null;
        String excluded = exclusions.excluded(text, scene.figures(), f, explicit);
        if (excluded != null) {
            notes.add(OutcomeRules.note(scene.sentence(), f, excluded));
            return null;
        }
        if (named != null && NamedOwners.dated(named)) {
            return new Owner(named.op(), Owner.NAMED, "its sentence names '" + named.span().surface() + "'");
        }
        Owner carried = scene.carried();
        if (named == null && period == null && carried != null && patterns.before("marker.subset", text, f.start())) {
            return carried.carried("a part of the total before it, of " + carried.operation());
        }
        String series = named != null ? named.span().value().series() : names.cued(text + " " + scene.agencies());
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
        if (owner != null && runningCount(scene, owner, named != null && NamedOwners.dated(named))) {
            notes.add(OutcomeRules.note(scene.sentence(), f, "a running count up to a date, with no operation of that "
                    + "year named for it or reported on"));
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

    /**
     * A count up to a date ("by the end of October", "as of November") with no operation named beside it: kept only
     * when the document reports on the one operation of that year, of which it is then an interim count.
     */
    private boolean runningCount(Scene scene, Owner owner, boolean namedWithYear) {
        Matcher m = patterns.matcher("figure.as-of", scene.sentence().text());
        if (namedWithYear || !m.find()) {
            return false;
        }
        Integer year = scene.document().yearOfUndated(m.group(), patterns);
        String series = owner.operation().series();
        return year == null || owner.operation().year() != year || !year.equals(scene.document().onlyYear(series));
    }

}
