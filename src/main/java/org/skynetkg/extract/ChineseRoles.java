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

    ChineseRoles(ChinesePatterns patterns, ChineseMentions mentions) {
        this.patterns = patterns;
        this.mentions = mentions;
    }

    List<RoleFact> apply(Sentence s, String text, Integer year) {
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
            out.addAll(part(s, text.substring(p[0], p[1]), year));
        }
        return out;
    }

    private List<RoleFact> part(Sentence s, String part, Integer year) {
        Matcher verb = patterns.matcher("verb.lead", part);
        if (!verb.find()) {
            return List.of();
        }
        String subject = part.substring(0, verb.start());
        String object = part.substring(verb.end());
        List<Span<AgencyRef>> agencies = mentions.agencies(subject);
        if (agencies.isEmpty()) {
            return List.of();
        }
        OperationRef target = target(object, year);
        if (target == null) {
            return List.of();
        }
        // Sky Net as a whole is deployed ("部署开展天网行动"), not led: its organiser.
        boolean whole = target.series().equals("sky-net") && !patterns.find("component.any", object);
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
