package org.skynetkg.extract;

import java.util.List;

/**
 * Whose figure a Chinese figure is: the operation named nearest before it in its sentence (else after it), or the
 * part of Sky Net named between that operation and the figure ("作为“天网2040”行动的组成部分，…开展职务犯罪国际追逃追赃
 * 专项行动，…追回…875人"); a part's total's; else, with a period stated, that year's operation of the series named
 * without a year in the sentence, or of the one the document names for that year, or Sky Net's when the document
 * speaks of it; else, with no period, the operation named last in the document.
 */
final class ChineseOwners {
    private final Gazetteer gazetteer;
    private final List<OperationRef> topics;
    private final boolean skyNet;

    ChineseOwners(Gazetteer gazetteer, List<OperationRef> topics, boolean skyNet) {
        this.gazetteer = gazetteer;
        this.topics = topics;
        this.skyNet = skyNet;
    }

    Owner of(ChineseFigures.Found f, ChineseFigurePass.Sentences in, Period period, OutcomeFact total, OperationRef last) {
        Span<OperationRef> before = null;
        for (Span<OperationRef> n : in.named()) {
            if (n.start() < f.start() && valid(n.value())) {
                before = n;
            }
        }
        if (before != null) {
            int from = before.end();
            OperationRef named = before.value();
            String component = in.series().stream().filter(s -> s.start() >= from && s.start() < f.start())
                    .map(Span::value).filter(this::component).reduce((a, b) -> b).orElse(null);
            if (component != null && valid(new OperationRef(component, named.year()))) {
                return new Owner(new OperationRef(component, named.year()), Owner.NAMED, "the part of "
                        + named + " named before it", () -> "");
            }
            return new Owner(named, Owner.NAMED, "named in its sentence", () -> "");
        }
        Span<OperationRef> after = in.named().stream().filter(n -> valid(n.value())).findFirst().orElse(null);
        if (after != null) {
            return new Owner(after.value(), Owner.NAMED, "named in its sentence", () -> "");
        }
        if (total != null) {
            return new Owner(total.operation(), Owner.CARRIED, "a part of the total before it", () -> "");
        }
        if (period != null) {
            String slug = in.series().stream().filter(s -> s.start() < f.start()).map(Span::value).reduce((a, b) -> b)
                    .orElseGet(() -> topics.stream().filter(t -> t.year() == period.year()).map(OperationRef::series)
                            .findFirst().orElse(skyNet ? "sky-net" : null));
            OperationRef op = slug == null ? null : new OperationRef(slug, period.year());
            return op != null && valid(op) ? new Owner(op, Owner.PERIOD, "the year of its period", () -> "") : null;
        }
        return last == null ? null : new Owner(last, Owner.CARRIED, "the operation named last", () -> "");
    }

    private boolean component(String series) {
        return gazetteer.series(series).map(s -> s.componentOf() != null && !series.equals("fox-hunt")).orElse(false);
    }

    private boolean valid(OperationRef op) {
        return gazetteer.hasOperation(op);
    }
}
