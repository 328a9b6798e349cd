package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.skynetkg.document.Sentence;

/**
 * Who does what in an operation. A sentence is cut before each operation it names; in the piece before an
 * operation, the agencies before the first verb are its subjects and the verb gives their role (lead, announcer,
 * organizer); agencies after a partner marker ("together with") are partners. "X, led by Y" gives Y the lead.
 */
final class RoleRules {
    private final Patterns patterns;

    RoleRules(Patterns patterns) {
        this.patterns = patterns;
    }

    /** One operation in the sentence: where it is, which operation, whether it is a component. */
    record Target(Span<Mention> span, OperationRef op, boolean component) {
    }

    List<RoleFact> apply(Sentence s, List<Span<AgencyRef>> agencies, List<Target> targets,
                         List<TieFact> ties, Context context) {
        List<RoleFact> out = new ArrayList<>();
        int segmentStart = 0;
        for (int i = 0; i < targets.size(); i++) {
            Target t = targets.get(i);
            int segmentEnd = t.span().start();
            if (segmentEnd > segmentStart) {
                segment(s, segmentStart, segmentEnd, agencies, t, ties, context, out);
            }
            int nextStart = i + 1 < targets.size() ? targets.get(i + 1).span().start() : s.text().length();
            passive(s, t.span().end(), nextStart, agencies, t, out);
            segmentStart = t.span().end();
        }
        return out;
    }

    private void segment(Sentence s, int from, int to, List<Span<AgencyRef>> agencies, Target t,
                         List<TieFact> ties, Context context, List<RoleFact> out) {
        String text = s.text();
        Verb verb = firstVerb(text, from, to);
        if (verb == null) {
            return;
        }
        String role = switch (verb.kind) {
            case "verb.announce" -> "announcer";
            case "verb.organize" -> t.component() ? "lead" : "organizer";
            default -> "lead";
        };
        int partnersFrom = firstMatch("marker.partner", text, from, to);
        boolean subjectFound = false;
        for (Span<AgencyRef> a : agencies) {
            if (a.start() < from || a.end() > to || isTieParent(a, ties)) {
                continue;
            }
            if (a.start() < verb.start && (partnersFrom < 0 || a.start() < partnersFrom)) {
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
            segment(s, verb.end, to, agencies, t, ties, context, out);
        }
    }

    private void passive(Sentence s, int from, int to, List<Span<AgencyRef>> agencies, Target t, List<RoleFact> out) {
        Matcher m = patterns.get("passive.lead").matcher(s.text()).region(from, to);
        if (m.find()) {
            agencies.stream().filter(a -> a.start() >= m.end() && a.start() - m.end() <= 6 && a.end() <= to)
                    .findFirst()
                    .ifPresent(a -> out.add(new RoleFact(t.op(), a.value(), "lead", new Evidence(s, "passive.lead->lead"))));
        }
    }

    private static boolean isTieParent(Span<AgencyRef> a, List<TieFact> ties) {
        return ties.stream().anyMatch(tie -> tie.parent().equals(a.value()));
    }

    private record Verb(String kind, int start, int end) {
    }

    private Verb firstVerb(String text, int from, int to) {
        Verb best = null;
        for (String kind : List.of("verb.announce", "verb.lead", "verb.organize")) {
            Matcher m = patterns.get(kind).matcher(text).region(from, to);
            if (m.find() && (best == null || m.start() < best.start)) {
                best = new Verb(kind, m.start(), m.end());
            }
        }
        return best;
    }

    private int firstMatch(String key, String text, int from, int to) {
        Matcher m = patterns.get(key).matcher(text).region(from, to);
        return m.find() ? m.start() : -1;
    }
}
