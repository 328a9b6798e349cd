package org.skynetkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.skynetkg.document.Sentence;

/**
 * Leads that a plan assigns rather than names with a role verb: "the Supreme People's Court will jointly wage a
 * campaign to ...", "the People's Bank of China will team up with the MPS to ..." (in a document that launches
 * this year's operation, the agencies before "will" lead a part of it; those after "with" are partners); lists of
 * parts ("with the NSC in charge of ..., the SPC pursuing ... and the MPS hunting ..."); groups after "by" ("carried
 * out by several agencies, including A, B and C", "a joint crackdown led by A and B").
 */
final class AssignmentRules {
    private final Patterns patterns;

    AssignmentRules(Patterns patterns) {
        this.patterns = patterns;
    }

    List<RoleFact> apply(Sentence s, List<Span<AgencyRef>> agencies, List<RoleRules.Target> targets, OperationRef current,
                         boolean plan) {
        List<RoleFact> out = new ArrayList<>();
        if (agencies.isEmpty()) {
            return out;
        }
        if (plan && current != null) {
            future(s, agencies, targets, current, out);
        }
        OperationRef op = !targets.isEmpty() ? targets.get(0).op() : current;
        if (op != null) {
            list(s, agencies, op, out);
        }
        if (current != null || !targets.isEmpty()) {
            group(s, agencies, targets, current, out);
        }
        return out;
    }

    /** "X (and Y) will ...": each "will" with the agencies before it, back to the last "will" or clause break. */
    private void future(Sentence s, List<Span<AgencyRef>> agencies, List<RoleRules.Target> targets, OperationRef current,
                        List<RoleFact> out) {
        String text = s.text();
        Matcher will = patterns.matcher("assign.future", text);
        int from = 0;
        while (will.find()) {
            int segment = Math.max(from, lastBreak(text, will.start()));
            String before = text.substring(segment, will.start());
            if (!patterns.find("verb.announce", before)) {
                OperationRef op = partOf(targets, will.end(), text, current);
                for (Span<AgencyRef> a : agencies) {
                    // "according to X, ..." or "if X ..." is no subject; "X, a body that oversees ..., will" is
                    if (a.start() >= segment && a.end() <= will.start() && subject(text, segment, a, will.start())) {
                        boolean partner = patterns.find("marker.partner", text.substring(segment, a.start()));
                        out.add(new RoleFact(op, a.value(), partner ? "partner" : "lead",
                                new Evidence(s, partner ? "marker.partner->partner" : "assign.future->lead")));
                    }
                }
            }
            partners(s, agencies, will.end(), current, targets, out);
            from = will.end();
        }
    }

    /** Whether the agency is the subject of the "will" at {@code will}: not after "according to" nor before "that". */
    private boolean subject(String text, int segment, Span<AgencyRef> a, int will) {
        String after = text.substring(a.end(), will);
        return !patterns.find("assign.not-subject", text.substring(segment, a.start()))
                && (patterns.find("assign.appositive", after) || !patterns.find("assign.not-subject", after));
    }

    /** "... will team up with the MPS to ...": the agencies after a partner marker in the clause after "will". */
    private void partners(Sentence s, List<Span<AgencyRef>> agencies, int after, OperationRef current,
                          List<RoleRules.Target> targets, List<RoleFact> out) {
        String text = s.text();
        Matcher next = patterns.matcher("assign.future", text);
        int to = next.find(after) ? next.start() : text.length();
        for (int[] b : patterns.spans("assign.break", text)) {
            if (b[0] >= after && b[0] < to) {
                to = b[0];
            }
        }
        OperationRef op = partOf(targets, after, text, current);
        for (Span<AgencyRef> a : agencies) {
            if (a.start() >= after && a.end() <= to && patterns.find("marker.partner", text.substring(after, a.start()))) {
                out.add(new RoleFact(op, a.value(), "partner", new Evidence(s, "marker.partner->partner")));
            }
        }
    }

    /** The operation a clause after "will" is about: a component it describes, else the current operation. */
    private OperationRef partOf(List<RoleRules.Target> targets, int at, String text, OperationRef current) {
        int to = patterns.spans("clause.break", text).stream().mapToInt(m -> m[0]).filter(b -> b >= at).min().orElse(text.length());
        return targets.stream().filter(t -> t.span().start() >= at && t.span().start() < to).map(RoleRules.Target::op)
                .findFirst().orElse(current);
    }

    private int lastBreak(String text, int before) {
        int last = 0;
        for (int[] m : patterns.spans("assign.break", text)) {
            if (m[1] <= before) {
                last = m[1];
            }
        }
        return last;
    }

    /** "with the NSC in charge of ..., the SPC pursuing ... and the MPS hunting ...": each agency with its task. */
    private void list(Sentence s, List<Span<AgencyRef>> agencies, OperationRef op, List<RoleFact> out) {
        String text = s.text();
        boolean open = false;
        for (Span<AgencyRef> a : agencies) {
            String before = text.substring(0, a.start());
            String after = text.substring(a.end());
            if (!patterns.find("assign.task-after", after)) {
                continue;
            }
            if (patterns.find("assign.list-start", before) || patterns.find("assign.list-first", after)) {
                open = true;
            } else if (!open || !patterns.find("assign.list-next", before)) {
                continue;
            }
            out.add(new RoleFact(op, a.value(), "lead", new Evidence(s, "assign.task-after->lead")));
        }
    }

    /**
     * "carried out by several agencies, including A, B and C"; "a joint crackdown led by A and B" (a named operation
     * just before is the passive rule's: "the Fox Hunt 2020 special operation carried out by ...").
     */
    private void group(Sentence s, List<Span<AgencyRef>> agencies, List<RoleRules.Target> targets, OperationRef op,
                       List<RoleFact> out) {
        String text = s.text();
        Matcher by = patterns.matcher("assign.by-group", text);
        while (by.find()) {
            List<AgencyRef> group = new ArrayList<>();
            int start = by.start();
            boolean listed = patterns.find("assign.group-listed", by.group());
            if (!listed && targets.stream().anyMatch(t -> !t.span().value().cue() && t.span().end() <= start && start - t.span().end() <= 30)) {
                continue;
            }
            int at = by.end();
            for (Span<AgencyRef> a : agencies) {
                if (a.start() < at) {
                    continue;
                }
                if (!patterns.find("assign.group-next", text.substring(at, a.start()))) {
                    break;
                }
                group.add(a.value());
                at = a.end();
            }
            // "Jointly undertaken by A and B, the new campaign will ...": the operation named right after the group
            int end = at;
            OperationRef of = targets.stream().filter(t -> !t.span().value().cue() && t.span().start() >= end
                    && t.span().start() - end <= 25).map(RoleRules.Target::op).findFirst().orElse(op);
            if (of != null) {
                group.forEach(a -> out.add(new RoleFact(of, a, "lead", new Evidence(s, "assign.by-group->lead"))));
            }
        }
    }
}
