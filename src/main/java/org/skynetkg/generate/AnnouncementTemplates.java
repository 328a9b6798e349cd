package org.skynetkg.generate;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skynetkg.extract.Gazetteer;

/**
 * Writes one synthetic announcement and its gold rows: a launch of a yearly Sky Net operation (leads of its parts,
 * last year's results) or a report of its results (a full year or the first months), with subsets, qualifiers,
 * periods and distractor numbers. Several wordings per sentence; agency names and their variants come from the
 * gazetteer, figures from the random source.
 */
final class AnnouncementTemplates {
    /** One generated announcement. */
    record Text(String name, String text, String gold) {
    }

    private static final List<String> PUBLISHERS = List.of("Xinhua News Agency", "China Daily", "Global Times",
            "China News Service", "Central Commission for Discipline Inspection");
    private static final List<String> SKY_NET = List.of("Sky Net", "Skynet");
    private static final List<String> FOX_HUNT = List.of("Fox Hunt", "Fox Hunting");

    private final Figures fig;
    private final List<Gazetteer.Entry> agencies;
    private final RealWordings real;

    AnnouncementTemplates(Figures figures, List<Gazetteer.Entry> agencies) {
        this.fig = figures;
        this.agencies = agencies;
        this.real = new RealWordings(figures);
    }

    Text next(int number) {
        int kind = fig.between(0, 2);
        return kind == 0 ? launch(number) : results(number, kind == 1);
    }

    private Text launch(int number) {
        int year = fig.between(2015, 2025);
        LocalDate published = LocalDate.of(year, fig.between(3, 4), fig.between(1, 28));
        Gold gold = new Gold();
        List<Gazetteer.Entry> leads = distinctAgencies(3);
        String sn = fig.pick(SKY_NET);
        StringBuilder t = frontMatter("China launches \"" + sn + " " + year + "\" to pursue fugitives", published);
        t.append(String.format(fig.pick(List.of(
                "China has kicked off its \"%s %d\" operation to hunt down corruption suspects who have fled overseas, the %s announced on %s.",
                "China on %4$s launched the \"%s %d\" operation against corruption suspects hiding abroad, according to the %s.")),
                sn, year, name(fig.pick(agencies)), weekday(published)));
        t.append("\n\n");
        String op = "sky-net-" + year;
        String fox = "\"" + fig.pick(FOX_HUNT) + " " + year + "\"";
        if (fig.chance(0.5)) {
            t.append("Under the operation, the ").append(name(leads.get(0)))
                    .append(" will take the lead in a special campaign targeting fugitives suspected of duty-related crimes, while the ")
                    .append(name(leads.get(1))).append(" will lead the ").append(fox)
                    .append(" operation against economic crime suspects hiding abroad.");
        } else {
            t.append("The ").append(name(leads.get(0)))
                    .append(" will be in charge of a campaign to pursue fugitives suspected of duty-related crimes. The ")
                    .append(name(leads.get(1))).append(" will again carry out the ").append(fox)
                    .append(" operation against economic crime suspects.");
        }
        gold.lead(op, leads.get(0).slug());
        gold.lead("fox-hunt-" + year, leads.get(1).slug());
        int parts = fig.between(0, 2);
        if (parts == 0) {
            t.append("\n\n").append("The ").append(name(leads.get(2))).append(fig.pick(List.of(", together with the ",
                    ", in collaboration with the "))).append(name(leads.get(1)))
                    .append(", will carry out a crackdown on the use of offshore companies and underground banks to move illicit funds out of the country.");
        } else {
            t.append("\n\n").append(real.teamUp(name(leads.get(2)), name(leads.get(1))));
        }
        gold.lead(op, leads.get(2).slug());
        if (parts == 2) {
            List<Gazetteer.Entry> more = distinctAgencies(3);
            t.append(' ').append(real.listOfParts(name(more.get(0)), name(more.get(1)), name(more.get(2))));
            more.forEach(a -> gold.lead(op, a.slug()));
        }
        t.append("\n\n").append(plenaryDistractor());
        if (year > 2015) {
            t.append("\n\n");
            String last = "sky-net-" + (year - 1);
            Figures.Figure total = fig.people(last + " total", 600, 1900);
            Figures.Figure redNotice = fig.exactPeople(last + " red-notice", 10, 60);
            Figures.Figure officials = fig.exactPeople(last + " officials", 100, 400);
            Figures.Figure assets = fig.yuan(last + " assets");
            LocalDate start = LocalDate.of(year - 1, 1, 1);
            LocalDate end = LocalDate.of(year - 1, 12, 31);
            t.append(fig.pick(List.of("Last year", "In " + (year - 1)))).append(", the \"").append(sn).append(' ')
                    .append(year - 1).append("\" operation brought back ").append(total.text())
                    .append(" fugitives, including ").append(redNotice.text()).append(" Red Notice fugitives and ")
                    .append(officials.text()).append(" monitoring objects, and recovered ").append(assets.text())
                    .append(" in stolen assets, according to the meeting.");
            gold.outcome(last, "fugitives-returned", total, start, end);
            gold.outcome(last, "red-notice-fugitives-returned", redNotice, start, end);
            gold.outcome(last, "officials-returned", officials, start, end);
            gold.outcome(last, "assets-recovered", assets, start, end);
            t.append("\n\nThe fugitives had been hiding in over ").append(fig.between(40, 120))
                    .append(" countries and regions, the meeting said.");
        }
        return new Text(String.format("gen-%05d-sky-net-%d-launch", number, year), t.append('\n').toString(), gold.toString());
    }

    private Text results(int number, boolean fullYear) {
        int year = fig.between(2015, fullYear ? 2024 : 2025);
        int months = fig.between(6, 11);
        // An interim report of the first eleven months, published in January: "of last year".
        boolean lastYears = !fullYear && year < 2025 && fig.chance(0.3);
        if (lastYears) {
            months = 11;
        }
        LocalDate published = fullYear || lastYears ? LocalDate.of(year + 1, 1, fig.between(5, 28))
                : LocalDate.of(year, months + 1, fig.between(1, 28));
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = fullYear ? LocalDate.of(year, 12, 31) : LocalDate.of(year, months, 1).withDayOfMonth(
                LocalDate.of(year, months, 1).lengthOfMonth());
        String period = fullYear ? (fig.chance(0.3) ? "last year" : "in " + year)
                : lastYears ? "in the first eleven months of last year" : "in the first " + word(months) + " months of " + year;
        String op = "sky-net-" + year;
        String sn = fig.pick(SKY_NET);
        Gold gold = new Gold();
        String key = fullYear ? op : op + " " + end;
        Figures.Figure total = fig.people(key + " total", 400, 1900);
        String title = sn + " " + year + " returns " + total.text().replaceAll("^\\D+", "") + " fugitives";
        StringBuilder t = frontMatter(title, published);
        if (fig.chance(0.3)) {
            t.append(title).append("\n\n"); // a headline: it restates the text
        }
        if (fig.chance(0.4)) {
            t.append(real.unnamedResults(total, period, "country's top anti-graft body"));
        } else {
            t.append(String.format(fig.pick(List.of(
                    "China brought back %s fugitives suspected of corruption and other crimes from abroad %s under the \"%s\" operation, according to the %s.",
                    "China brought back %s fugitives from %5$d countries and regions %s under the \"%s\" operation, the %s said on %6$s.")),
                    total.text(), period, sn + " " + year, name(fig.pick(agencies)), fig.between(30, 90), weekday(published)));
        }
        gold.outcome(op, "fugitives-returned", total, start, end);
        t.append(' ').append("The figure was up ").append(fig.between(3, 40)).append(" percent year on year.");
        Figures.Figure redNotice = fig.exactPeople(key + " red-notice", 10, 60);
        Figures.Figure officials = fig.exactPeople(key + " officials", 100, 400);
        t.append("\n\n").append(fig.pick(List.of("The returnees included ", "Among them were ")))
                .append(redNotice.text()).append(" Red Notice fugitives and ").append(officials.text())
                .append(" Party members and government officials.");
        gold.outcome(op, "red-notice-fugitives-returned", redNotice, start, end);
        gold.outcome(op, "officials-returned", officials, start, end);
        Figures.Figure assets = fig.yuan(key + " assets");
        t.append(" Assets worth ").append(assets.text()).append(real.conversion(assets)).append(" were recovered in the same period.");
        gold.outcome(op, "assets-recovered", assets, start, end);
        if (fullYear) {
            Gazetteer.Entry lead = fig.pick(agencies);
            Figures.Figure fox = fig.exactPeople("fox-hunt-" + year + " total", 200, 1200);
            t.append("\n\nThe \"").append(fig.pick(FOX_HUNT)).append(' ').append(year)
                    .append("\" operation, conducted by the ").append(name(lead)).append(" as part of Sky Net, captured ")
                    .append(fox.text()).append(" economic crime suspects last year.");
            gold.lead("fox-hunt-" + year, lead.slug());
            gold.outcome("fox-hunt-" + year, "fugitives-returned", fox, start, end);
            if (fig.chance(0.5)) {
                t.append("\n\nFrom 2014 to ").append(year).append(", the campaigns brought back a total of ")
                        .append(String.format("%,d", fig.between(3000, 12000))).append(" fugitives, the commission said.");
            }
        }
        t.append("\n\n").append(real.distractor(year)).append(' ').append(plenaryDistractor());
        return new Text(String.format("gen-%05d-sky-net-%d-%s", number, year, fullYear ? "results" : "midyear"),
                t.append('\n').toString(), gold.toString());
    }

    private String plenaryDistractor() {
        return "The arrangements were discussed ahead of the " + fig.pick(List.of("Third", "Fourth", "Fifth", "Sixth"))
                + " Plenary Session of the " + fig.between(18, 20) + "th CCDI, which is scheduled for "
                + fig.pick(List.of("January", "February")) + " " + fig.between(2016, 2026) + ".";
    }

    private StringBuilder frontMatter(String title, LocalDate published) {
        return new StringBuilder("---\ntitle: ").append(title).append("\npublisher: ").append(fig.pick(PUBLISHERS))
                .append("\npublished: ").append(published).append("\nlanguage: en\nnote: synthetic generated announcement\n---\n")
                .append(fig.chance(0.5) ? "BEIJING, " + published.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                        + ". " + published.getDayOfMonth() + " (Xinhua) -- " : "");
    }

    private List<Gazetteer.Entry> distinctAgencies(int n) {
        List<Gazetteer.Entry> pool = new ArrayList<>(agencies);
        List<Gazetteer.Entry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(pool.remove(fig.between(0, pool.size() - 1)));
        }
        return out;
    }

    private String name(Gazetteer.Entry agency) {
        return fig.pick(agency.names());
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String word(int n) {
        return List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven").get(n);
    }
}
