package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.skynetkg.vocab.ORG;
import org.skynetkg.vocab.SKG;

/**
 * Names of agencies, operation series, places and publishers, read from the reference data
 * ({@code ontology/reference/*.ttl}): preferred and alternative labels, abbreviations, cue patterns.
 */
public final class Gazetteer {
    /**
     * A named thing of the reference data: {@code names} are its labels in every language but Chinese (the
     * English reading matches them), {@code chineseNames} its {@code @zh} labels (the Chinese reading matches
     * those).
     */
    public record Entry(String slug, String iri, String label, List<String> names, List<String> abbreviations,
                        List<String> chineseNames) {
    }

    /**
     * An operation series; {@code cue} recognises an unnamed component, {@code componentOf} its parent series,
     * {@code firstYear} the year of its first operation (null if the reference data does not say).
     */
    public record Series(Entry entry, Pattern cue, Pattern chineseCue, String componentOf, Integer firstYear) {
        public String slug() {
            return entry.slug();
        }
    }

    private final Map<String, Entry> agencies;
    private final Map<String, Series> series;
    private final Map<String, Entry> places;
    private final Map<String, Entry> organisations;

    private Gazetteer(Map<String, Entry> agencies, Map<String, Series> series, Map<String, Entry> places,
                      Map<String, Entry> organisations) {
        this.agencies = agencies;
        this.series = series;
        this.places = places;
        this.organisations = organisations;
    }

    public static Gazetteer from(Model reference) {
        Map<String, Entry> agencies = entries(reference, SKG.Agency);
        Map<String, Entry> orgs = entries(reference, ORG.Organization);
        orgs.putAll(agencies);
        Map<String, Series> series = new LinkedHashMap<>();
        for (Entry e : entries(reference, SKG.OperationSeries).values()) {
            Resource r = reference.getResource(e.iri());
            String cue = null;
            String chineseCue = null;
            for (Statement c : r.listProperties(SKG.cuePattern).toList()) {
                if (chinese(c.getLanguage())) {
                    chineseCue = c.getString();
                } else {
                    cue = c.getString();
                }
            }
            Statement parent = r.getProperty(SKG.componentOf);
            Statement first = r.getProperty(SKG.firstYear);
            series.put(e.slug(), new Series(e,
                    cue == null ? null : Pattern.compile(cue, Pattern.CASE_INSENSITIVE),
                    chineseCue == null ? null : Pattern.compile(chineseCue),
                    parent == null ? null : slugOf(parent.getResource().getURI()),
                    first == null ? null : Integer.valueOf(first.getLiteral().getLexicalForm())));
        }
        return new Gazetteer(agencies, series, entries(reference, org.skynetkg.vocab.SCHEMA.Place), orgs);
    }

    private static Map<String, Entry> entries(Model m, Resource type) {
        Map<String, Entry> out = new LinkedHashMap<>();
        m.listResourcesWithProperty(RDF.type, type).toList().stream()
                .filter(Resource::isURIResource)
                .sorted(Comparator.comparing(Resource::getURI))
                .forEach(r -> {
                    String label = literal(r, SKOS.prefLabel).orElseGet(() -> literal(r, RDFS.label).orElse(slugOf(r.getURI())));
                    List<String> names = new ArrayList<>();
                    List<String> chineseNames = new ArrayList<>();
                    names.add(label);
                    for (org.apache.jena.rdf.model.Property p : List.of(SKOS.prefLabel, SKOS.altLabel, RDFS.label)) {
                        r.listProperties(p).forEach(s -> {
                            List<String> into = chinese(s.getLanguage()) ? chineseNames : names;
                            if (!into.contains(s.getString())) {
                                into.add(s.getString());
                            }
                        });
                    }
                    List<String> abbreviations = new ArrayList<>();
                    r.listProperties(SKG.abbreviation).forEach(s -> abbreviations.add(s.getString()));
                    out.put(slugOf(r.getURI()), new Entry(slugOf(r.getURI()), r.getURI(), label, names, abbreviations,
                            chineseNames));
                });
        return out;
    }

    private static Optional<String> literal(Resource r, org.apache.jena.rdf.model.Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isLiteral)
                .map(n -> n.asLiteral()).sorted(Comparator.comparing(l -> "en".equals(l.getLanguage()) ? 0 : 1))
                .map(l -> l.getString()).findFirst();
    }

    private static boolean chinese(String language) {
        return language.toLowerCase(Locale.ROOT).startsWith("zh");
    }

    static String slugOf(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    public Collection<Entry> agencies() {
        return agencies.values();
    }

    public Optional<Entry> agency(String slug) {
        return Optional.ofNullable(agencies.get(slug));
    }

    public Collection<Series> series() {
        return series.values();
    }

    public Optional<Series> series(String slug) {
        return Optional.ofNullable(series.get(slug));
    }

    /** Whether the series had an operation in that year: not before its first (its parent's, for a component). */
    public boolean hasYear(String seriesSlug, int year) {
        Series s = series.get(seriesSlug);
        Integer first = s == null ? null : s.firstYear() != null ? s.firstYear()
                : s.componentOf() == null ? null : series.get(s.componentOf()) == null ? null : series.get(s.componentOf()).firstYear();
        return first == null || year >= first;
    }

    /** Whether the reference data knows the operation's series and the series ran that year. */
    public boolean hasOperation(OperationRef op) {
        return op.series() != null && series.containsKey(op.series()) && hasYear(op.series(), op.year());
    }

    /** The name of a series, for messages: its preferred label, or the slug of a series the reference data lacks. */
    public String label(String seriesSlug) {
        Series s = series.get(seriesSlug);
        return s == null ? seriesSlug : s.entry().label();
    }

    /** The series itself, or the series it is a component of ("Fox Hunt" is part of "Sky Net"). */
    public String topLevel(String seriesSlug) {
        Series s = series.get(seriesSlug);
        return s == null || s.componentOf() == null ? seriesSlug : s.componentOf();
    }

    /** The place or organisation (e.g. a publisher) with this name, case-insensitively. */
    public Optional<Entry> place(String name) {
        return byName(places.values(), name);
    }

    public Optional<Entry> organisation(String name) {
        return byName(organisations.values(), name);
    }

    private static Optional<Entry> byName(Collection<Entry> entries, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = normalise(name);
        return entries.stream().filter(e -> e.names().stream().anyMatch(n -> normalise(n).equals(key))
                || e.chineseNames().contains(name.strip()) || e.abbreviations().contains(name.strip())).findFirst();
    }

    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String normalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('’', '\'');
        return SPACES.matcher(LEADING_THE.matcher(lower).replaceFirst("")).replaceAll(" ").strip();
    }
}
