package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.skynetkg.document.Sentence;

/**
 * Who does what in an operation. A sentence is cut into clauses, and a clause before each operation it names;
 * in the piece before an operation, the agencies before the first verb are its subjects and the verb gives their
 * role (lead, announcer, organizer); agencies after a partner marker ("together with") are partners.
 * "X, led by Y" gives Y the lead. A clause that names no operation but says an agency leads "a campaign" or
 * "will take charge of" something is about an unnamed part of the current yearly operation.
 */
final class RoleRules {
    private final Patterns patterns;

    RoleRules(Patterns patterns) {
        this.patterns = patterns;
    }

    /** One operation in the sentence: where it is, which operation, whether it is a component. */
    record Target(Span<Mention> span, OperationRef op, boolean component) {
    }

    List<RoleFact> apply(Sentence s, List<Span<AgencyRef>> agencies, List<Target> targets, List<TieFact> ties,
                         OperationRef current, Context context) {
        List<RoleFact> out = new ArrayList<>();
        if (agencies.isEmpty() || targets.isEmpty() && current == null) {
            return out; // a role needs an agency and an operation
        }
        List<Verb> verbs = verbs(s.text());
        int previousEnd = 0;
        for (int[] clause : clauses(s.text())) {
            List<Target> inClause = targets.stream()
                    .filter(t -> t.span().start() >= clause[0] && t.span().start() < clause[1]).toList();
            if (inClause.isEmpty() && current != null && impliesUnnamedPart(s.text(), clause, agencies, verbs)) {
                Mention m = new Mention(current.series(), current.year(), true, false, false);
                inClause = List.of(new Target(new Span<>(clause[1], clause[1], m, ""), current, true));
            }
            for (int i = 0; i < inClause.size(); i++) {
                Target t = inClause.get(i);
                int from = Math.max(previousEnd, clause[0]);
                if (firstVerb(verbs, from, t.span().start()) == null) {
                    from = previousEnd;
                }
                int before = out.size();
                segment(s, from, t.span().start(), agencies, t, ties, context, out, verbs);
                int next = i + 1 < inClause.size() ? inClause.get(i + 1).span().start() : clause[1];
                passive(s, t.span().end(), next, agencies, t, out);
                apposition(s, agencies, t, out);
                if (out.size() == before && i == inClause.size() - 1 && t.span().end() < clause[1]
                        && !patterns.find("role.name-first.not", s.text().substring(clause[0], t.span().start()))) {
                    // "In the Sky Net 2019 operation, the NSC took the lead in ...": the subject follows the name.
                    segment(s, t.span().end(), clause[1], agencies, t, ties, context, out, verbs);
                }
                previousEnd = t.span().end();
            }
        }
        return out;
    }

    /** Clause boundaries: semicolons, and ", and"/", while"/", but" before a new subject. */
    private List<int[]> clauses(String text) {
        List<int[]> out = new ArrayList<>();
        Matcher m = patterns.get("clause.break").matcher(text);
        int start = 0;
        while (m.find()) {
            out.add(new int[] {start, m.start()});
            start = m.end();
        }
        out.add(new int[] {start, text.length()});
        return out;
    }

    private boolean impliesUnnamedPart(String text, int[] clause, List<Span<AgencyRef>> agencies, List<Verb> verbs) {
        Verb verb = firstVerb(verbs, clause[0], clause[1]);
        if (verb == null || verb.kind.equals("verb.announce")) {
            return false;
        }
        boolean subject = agencies.stream().anyMatch(a -> a.start() >= clause[0] && a.end() <= verb.start);
        String rest = text.substring(verb.start, clause[1]);
        return subject && (patterns.find("component.generic", rest) || patterns.find("clause.future", text.substring(clause[0], verb.end))
                || patterns.find("verb.lead.strong", text.substring(verb.start, verb.end)));
    }

    private void segment(Sentence s, int from, int to, List<Span<AgencyRef>> agencies, Target t,
                         List<TieFact> ties, Context context, List<RoleFact> out, List<Verb> verbs) {
        String text = s.text();
        Verb verb = to > from ? firstVerb(verbs, from, to) : null;
        if (verb == null) {
            return;
        }
        String role = switch (verb.kind) {
            case "verb.announce" -> "announcer";
            case "verb.organize" -> t.component() ? "lead" : "organizer";
            default -> "lead";
        };
        int partnersFrom = firstMatch("marker.partner", text, from, to);
        // "In collaboration with the MPS, the NIA is in charge of ...": the partners come first, up to a comma.
        boolean leading = partnersFrom >= 0 && text.substring(from, partnersFrom).chars().allMatch(c -> Character.isWhitespace(c) || ",;:".indexOf(c) >= 0);
        int partnersTo = leading ? Math.min(to, Math.max(partnersFrom, text.indexOf(',', partnersFrom))) : to;
        boolean subjectFound = false;
        for (Span<AgencyRef> a : agencies) {
            if (a.start() < from || a.end() > to || isTieParent(a, ties)) {
                continue;
            }
            if (leading && a.start() > partnersFrom && a.end() <= partnersTo) {
                out.add(new RoleFact(t.op(), a.value(), "partner", new Evidence(s, "marker.partner->partner")));
                continue;
            }
            boolean subject = leading ? a.start() > partnersTo : partnersFrom < 0 || a.start() < partnersFrom;
            if (a.start() < verb.start && subject) {
                out.add(new RoleFact(t.op(), a.value(), role, new Evidence(s, verb.kind + "->" + role)));
                if (!subjectFound) {
                    context.subject(a.value());
                    subjectFound = true;
                }
            } else if (partnersFrom >= 0 && a.start() > partnersFrom && !"announcer".equals(role)) {
                out.add(new RoleFact(t.op(), a.value(), "partner", new Evidence(s, "marker.partner->partner")));
            }
        }
        if ("announcer".equals(role)) {
            // "X announced that Y carried out Z": Y's role is read after the announcing verb.
            segment(s, verb.end, to, agencies, t, ties, context, out, verbs);
        }
    }

    /**
     * "Fox Hunt 2016, conducted by the MPS", "led by the PBOC and the MPS" (every agency of the list), "Fox Hunt 2014
     * was launched by the MPS" (the organiser; of a component, its lead) and "Fox Hunting 2021, which the MPS leads".
     */
    private void passive(Sentence s, int from, int to, List<Span<AgencyRef>> agencies, Target t, List<RoleFact> out) {
        String text = s.text();
        if (to <= from) {
            return;
        }
        for (String rule : List.of("passive.lead", "passive.organize", "relative.lead")) {
            Matcher m = patterns.get(rule).matcher(text).region(from, to);
            // "Sky Net will go further than last year's manhunt led by the police": the nearer operation is led
            if (!m.find() || patterns.find("passive.other-operation", text.substring(from, m.start()))) {
                continue;
            }
            String role = rule.equals("passive.organize") && !t.component() ? "organizer" : "lead";
            int at = m.end();
            for (Span<AgencyRef> a : agencies) {
                if (a.start() < at || a.end() > to) {
                    continue;
                }
                boolean next = at == m.end() ? a.start() - at <= 6 : patterns.find("assign.group-next", text.substring(at, a.start()));
                if (!next || rule.equals("relative.lead") && !patterns.find("relative.lead.verb", text.substring(a.end(), to))) {
                    break;
                }
                out.add(new RoleFact(t.op(), a.value(), role, new Evidence(s, rule + "->" + role)));
                if (rule.equals("relative.lead")) {
                    break;
                }
                at = a.end();
            }
        }
    }

    /** "last year's manhunt led by the national police, Operation Foxhunt": the agency leads the name after it. */
    private void apposition(Sentence s, List<Span<AgencyRef>> agencies, Target t, List<RoleFact> out) {
        String text = s.text();
        for (Span<AgencyRef> a : agencies) {
            if (a.end() <= t.span().start() && patterns.find("role.apposition.gap", text.substring(a.end(), t.span().start()))
                    && patterns.find("role.apposition.by", text.substring(Math.max(0, a.start() - 60), a.start()))) {
                out.add(new RoleFact(t.op(), a.value(), "lead", new Evidence(s, "role.apposition->lead")));
            }
        }
    }

    private static boolean isTieParent(Span<AgencyRef> a, List<TieFact> ties) {
        return ties.stream().anyMatch(tie -> tie.parent().equals(a.value()));
    }

    private record Verb(String kind, int start, int end) {
    }

    /** Every role verb of the sentence, in order: found once per sentence, then looked up per clause and segment. */
    private List<Verb> verbs(String text) {
        List<Verb> out = new ArrayList<>();
        for (String kind : List.of("verb.announce", "verb.lead", "verb.organize")) {
            Matcher m = patterns.matcher(kind, text);
            while (m.find()) {
                out.add(new Verb(kind, m.start(), m.end()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(Verb::start));
        return out;
    }

    private static Verb firstVerb(List<Verb> verbs, int from, int to) {
        for (Verb v : verbs) {
            if (v.start >= from && v.end <= to) {
                return v;
            }
        }
        return null;
    }

    private int firstMatch(String key, String text, int from, int to) {
        Matcher m = patterns.get(key).matcher(text).region(from, to);
        return m.find() ? m.start() : -1;
    }
}
