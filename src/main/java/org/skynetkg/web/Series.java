package org.skynetkg.web;

import java.util.List;

/** The bars of one measure in one unit, e.g. fugitives returned (person) or assets recovered (CNY). */
record Series(String measure, String measureLabel, String unit, List<Bar> bars) {

    String id() {
        return "chart-" + measure + ("person".equals(unit) ? "" : "-" + unit.toLowerCase(java.util.Locale.ROOT));
    }

    boolean anyDiffers() {
        return bars.stream().anyMatch(Bar::differs);
    }
}
