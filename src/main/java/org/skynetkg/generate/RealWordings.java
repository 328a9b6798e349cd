package org.skynetkg.generate;

import java.util.List;
import org.skynetkg.extract.Gazetteer;

/**
 * Wordings of real reports that texts written for the project lacked (issue 16), in sentences of our own: the
 * operation never named beside its figure, a converted amount in brackets, leads in lists and plans, and the numbers
 * that are no outcome of one yearly operation (running totals, also "since last year" and from a month of an earlier
 * year; the most-wanted list; one city's figures and the parts of them; another campaign's). Which of them an announcement uses is drawn from the same random source as the rest of it.
 */
final class RealWordings {
    private static final List<String> CITIES = List.of("Hangzhou", "Wenzhou", "Shenzhen", "Xiamen", "Chengdu");

    private final Figures fig;

    RealWordings(Figures figures) {
        this.fig = figures;
    }

    /** The opening of a results report that never names the operation: "China's global manhunt brought back ...". */
    String unnamedResults(Figures.Figure total, String period, String source) {
        return String.format(fig.pick(List.of(
                "China's global manhunt for corruption suspects brought back %s fugitives %s, the %s said.",
                "A total of %s fugitives were returned to China %s as a result of the country's campaign to track down "
                        + "suspects who fled abroad, the %s said.",
                "%s fugitives were caught or repatriated %s as part of the \"Sky Net\" and \"Fox Hunt\" campaigns, "
                        + "the %s said.")), total.text(), period, source);
    }

    /** " (about $250 million)" after an amount in yuan, or nothing: a conversion is the same amount. */
    String conversion(Figures.Figure yuan) {
        if (!fig.chance(0.5)) {
            return "";
        }
        long dollars = yuan.value().movePointLeft(6).longValue() / 7;
        return fig.pick(List.of(" (about $", " (US$", " (around $", " (almost US$ ")) + Math.max(1, dollars) + " million)";
    }

    /** A sentence of figures that are not this year's outcomes; none of them goes into the gold. */
    String distractor(int year) {
        return switch (fig.between(0, 6)) {
            case 0 -> String.format("Since 2015, Sky Net operations have brought back more than %,d fugitives, including "
                    + "%d of the 100 most-wanted.", fig.between(5000, 12000), fig.between(40, 62));
            case 1 -> String.format("Police in %s said %d fugitives had been returned to the city in %d.",
                    fig.pick(CITIES), fig.between(10, 60), year);
            case 2 -> String.format("Separately, police brought back %,d telecom fraud suspects from abroad.",
                    fig.between(2000, 40000));
            case 3 -> String.format("More than %,d suspects have been sent back to China since last year under the "
                    + "Fox Hunt programme, a newspaper said.", fig.between(700, 1500));
            case 4 -> String.format("Between March %d and October this year, %,d fugitives suspected of economic crimes "
                    + "were brought back.", year - 2, fig.between(2500, 6000));
            case 5 -> {
                int city = fig.between(20, 60);
                yield String.format("Police in %s brought back %d fugitives this year. Among the %d fugitives, %d were "
                        + "caught in Southeast Asia.", fig.pick(CITIES), city, city, fig.between(5, 19));
            }
            default -> String.format("From 2014 to %d, a total of %,d fugitives were brought back.", year,
                    fig.between(5000, 12000));
        };
    }

    /**
     * "..., with A in charge of ..., B pursuing ... and C handling ..." or "Under the plan, A is in charge of ..., B
     * pursuing ...": three leads of parts of the operation.
     */
    String listOfParts(String a, String b, String c) {
        String first = fig.pick(List.of("The operation will be carried out by several authorities, with the " + a + " in charge of",
                "Under the plan, the " + a + " is in charge of"));
        return first + " hunting down fugitives suspected of duty-related crimes, the " + b + " pursuing the assets of "
                + "fugitive or dead suspects, and the " + c + " handling the illegal possession of travel documents.";
    }

    /** "A will team up with B to ...": A leads a part, B is its partner. */
    String teamUp(String lead, String partner) {
        return "The " + lead + fig.pick(List.of(" will team up with the ", " will work with the ")) + partner
                + " to stop illicit money from moving abroad through offshore companies and underground banks.";
    }

    static String name(Gazetteer.Entry agency, Figures fig) {
        return fig.pick(agency.names());
    }
}
