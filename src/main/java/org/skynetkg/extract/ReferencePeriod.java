package org.skynetkg.extract;

import java.time.LocalDate;

/**
 * The period a figure is about, how that period was found, and whether the figure is its operation's final one.
 * <ul>
 * <li>{@code stated}: the period the sentence states ("in the first 11 months of 2019");</li>
 * <li>{@code operation-year}: none stated, and the report was published after the operation's year: the year;</li>
 * <li>{@code as-of-publication}: none stated, and the report was published while the operation ran: from the
 * start of its year to the publication date;</li>
 * <li>{@code undated}: none stated, and the report has no date: the operation's year, status unknown.</li>
 * </ul>
 * A figure is {@code interim} when its period ends before the operation's year does, or when it was reported
 * before that year ended; {@code final} otherwise; {@code unknown} when the report's date would be needed to tell.
 */
public record ReferencePeriod(LocalDate start, LocalDate end, String basis, String status) {

    public static ReferencePeriod of(OutcomeFact figure, LocalDate published) {
        int year = figure.operation().year();
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (figure.periodStart() != null) {
            boolean interim = figure.periodEnd().isBefore(yearEnd)
                    || (published != null && !published.isAfter(yearEnd));
            return new ReferencePeriod(figure.periodStart(), figure.periodEnd(), "stated", interim ? "interim" : "final");
        }
        if (published == null) {
            return new ReferencePeriod(yearStart, yearEnd, "undated", "unknown");
        }
        if (published.getYear() == year) {
            return new ReferencePeriod(yearStart, published, "as-of-publication", "interim");
        }
        // Published before the operation's year began: the figure cannot be its result; nothing to tell.
        return new ReferencePeriod(yearStart, yearEnd, "operation-year", published.getYear() > year ? "final" : "unknown");
    }
}
