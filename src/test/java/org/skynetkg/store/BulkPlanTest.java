package org.skynetkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@code --bulk auto} keeps a small heap off the phased loader, which runs out of 512 MiB on large loads. */
class BulkPlanTest {
    @Test
    void autoIsSequentialBelowOneGibibyteAndPhasedFromThere() {
        assertEquals(BulkPlan.SEQUENTIAL, BulkPlan.auto(512L << 20));
        assertEquals(BulkPlan.SEQUENTIAL, BulkPlan.auto((1L << 30) - 1));
        assertEquals(BulkPlan.PHASED, BulkPlan.auto(1L << 30));
        assertEquals(BulkPlan.PHASED, BulkPlan.auto(8L << 30));
    }

    @Test
    void namesAreCaseInsensitiveAndAnUnknownNameSaysWhatIsAllowed() {
        assertEquals(BulkPlan.PARALLEL, BulkPlan.parse("Parallel"));
        assertEquals(BulkPlan.auto(), BulkPlan.parse("auto"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BulkPlan.parse("fast"));
        assertEquals("unknown bulk loader 'fast'; use auto, parallel, phased or sequential", e.getMessage());
    }
}
