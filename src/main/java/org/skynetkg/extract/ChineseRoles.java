package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.skynetkg.document.Sentence;

/**
 * Leads and partners in Chinese: in each assignment of a sentence (assignments end at ；and 。), the agencies before
 * "牵头", "负责" or "开展" lead what is named after it, and the agencies after "会同" are their partners:
 * "国家监委牵头开展职务犯罪国际追逃追赃专项行动", "中国人民银行会同公安部开展预防、打击利用离岸公司和地下钱庄…".
 * What is led: an operation named after the verb, a series named or described there (of {@code year}), or, for
 * "…专项行动" of no known series, Sky Net of {@code year} itself.
 */
final class ChineseRoles {
    private final ChinesePatterns patterns;
    private final ChineseMentions mentions;
    private final ChinesePeriods periods;

    ChineseRoles(ChinesePatterns patterns, ChineseMentions mentions, ChinesePeriods periods) {
        this.patterns = patterns;
        this.mentions = mentions;
        this.periods = periods;
    }

    List<RoleFact> apply(Sentence s, String text, Integer contextYear, java.time.LocalDate published) {
        List<RoleFact> out = new ArrayList<>();
        int from = 0;
        Matcher breaks = patterns.matcher("role.break", text);
        List<int[]> parts = new ArrayList<>();
        while (breaks.find()) {
            parts.add(new int[] {from, breaks.start()});
            from = breaks.end();
        }
        parts.add(new int[] {from, text.length()});
        for (int[] p : parts) {
            String part = text.substring(p[0], p[1]);
            // The year of the assignment: a period it states ("去年7月至12月底"), else the operation the sentence names
            // before it ("作为“天网2040”行动的组成部分，…"), else the context's.
            // A year written alone ("于2034年部署") dates nothing here: it is checked against the target below.
            List<Period> stated = periods.all(part, published).stream().filter(x -> !x.rule().equals("period.year")).toList();
            List<Span<OperationRef>> named = mentions.named(text.substring(0, p[1]));
            Integer year = !stated.isEmpty() ? Integer.valueOf(stated.get(0).year())
                    : !named.isEmpty() ? Integer.valueOf(named.get(named.size() - 1).value().year()) : contextYear;
            out.addAll(part(s, part, year));
        }
        return out;
    }

    /**
     * The roles of one assignment, clause by clause (clauses end at "，"): in each, the first verb with an agency
     * before it in the clause, or, for a clause that starts with its verb, the agencies of the clause just before
     * ("公安部决定，从即日起继续在全国范围内开展“猎狐行动”"); what is led is named in the verb's clause.
     */
    private List<RoleFact> part(Sentence s, String part, Integer year) {
        Matcher deploy = patterns.matcher("verb.deploy", part);
        if (deploy.find() && !subjects(deploy.group(1)).isEmpty()) {
            return roles(s, deploy.group(1), deploy.group(2), year);
        }
        List<RoleFact> out = new ArrayList<>();
        String carried = null;
        for (String clause : patterns.matcher("role.clause", part).replaceAll("\u0000").split("\u0000")) {
            Matcher verb = patterns.matcher("verb.lead", clause);
            int from = 0;
            boolean done = false;
            while (!done && verb.find()) {
                String subject = clause.substring(from, verb.start());
                if (!subjects(subject).isEmpty()) {
                    out.addAll(roles(s, subject, clause.substring(verb.end()), year));
                    done = true;
                } else if (from == 0 && carried != null && subject.strip().length() <= 16) {
                    out.addAll(roles(s, carried, clause.substring(verb.end()), year));
                    done = true;
                }
                from = verb.end();
            }
            carried = !done && !subjects(clause).isEmpty() ? clause : null;
        }
        return out;
    }

    private List<RoleFact> roles(Sentence s, String subject, String object, Integer year) {
        List<Span<AgencyRef>> agencies = subjects(subject);
        // A year written before the verb that is not the target's: a history of the series, not this year's plan.
        Matcher written = patterns.matcher("role.year", subject);
        OperationRef target = target(object, year);
        if (target == null) {
            return List.of();
        }
        while (written.find()) {
            if (Integer.parseInt(written.group(1)) != target.year()) {
                return List.of();
            }
        }
        // Sky Net as a whole is deployed ("部署开展天网行动"), not led: its organiser.
        boolean whole = target.series().equals("sky-net") && (!mentions.named(object).isEmpty()
                || !mentions.series(object, List.of()).isEmpty() || !patterns.find("component.any", object));
        Matcher partner = patterns.matcher("marker.partner", subject);
        int partnersFrom = partner.find() ? partner.start() : subject.length();
        List<RoleFact> out = new ArrayList<>();
        for (Span<AgencyRef> a : agencies) {
            boolean isPartner = a.start() >= partnersFrom;
            String role = whole ? "organizer" : isPartner ? "partner" : "lead";
            out.add(new RoleFact(target, a.value(), role, new Evidence(s, "zh." + (whole ? "verb.organize" : isPartner
                    ? "marker.partner" : "verb.lead"))));
        }
        return out;
    }

    /**
     * The agencies the verb is about: the one nearest before it and those joined to it by "、", "和", "与", "及" or
     * nothing ("中央纪委国家监委"), with, before "会同", the lead of those after it; not "在中央反腐败协调小组统筹协调下，".
     */
    private List<Span<AgencyRef>> subjects(String subject) {
        List<Span<AgencyRef>> all = new ArrayList<>(mentions.agencies(subject));
        all.removeIf(a -> patterns.find("role.modifier", subject.substring(a.end()))
                || subject.substring(0, a.start()).endsWith("届"));
        if (all.isEmpty()) {
            return all;
        }
        List<Span<AgencyRef>> out = new ArrayList<>();
        int i = all.size() - 1;
        out.add(0, all.get(i));
        while (i > 0) {
            String between = subject.substring(all.get(i - 1).end(), all.get(i).start());
            if (!patterns.find("role.joined", between)) {
                break;
            }
            out.add(0, all.get(--i));
        }
        return out;
    }

    private OperationRef target(String object, Integer year) {
        List<Span<OperationRef>> named = mentions.named(object);
        if (!named.isEmpty()) {
            return named.get(0).value();
        }
        if (year == null) {
            return null;
        }
        List<Span<String>> series = mentions.series(object, named);
        if (!series.isEmpty()) {
            return new OperationRef(series.get(0).value(), year);
        }
        return patterns.find("component.any", object) ? new OperationRef("sky-net", year) : null;
    }
}
