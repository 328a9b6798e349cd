package org.skynetkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** {@code --bulk auto} keeps a small heap (out of memory on large loads) and a 2-core machine off the phased loader. */
class BulkPlanTest {
    @Test
    void autoIsPhasedOnlyWithOneGibibyteOfHeapAndMoreThanTwoCores() {
        assertEquals(BulkPlan.SEQUENTIAL, BulkPlan.auto(512L << 20, 8));
        assertEquals(BulkPlan.SEQUENTIAL, BulkPlan.auto((1L << 30) - 1, 8));
        assertEquals(BulkPlan.PHASED, BulkPlan.auto(1L << 30, 8));
        assertEquals(BulkPlan.PHASED, BulkPlan.auto(8L << 30, 3));
        assertEquals(BulkPlan.SEQUENTIAL, BulkPlan.auto(8L << 30, 2));
        assertEquals(BulkPlan.SEQUENTIAL, BulkPlan.auto(8L << 30, 1));
    }

    @Test
    void namesAreCaseInsensitiveAndAnUnknownNameSaysWhatIsAllowed() {
        assertEquals(BulkPlan.PARALLEL, BulkPlan.parse("Parallel"));
        assertEquals(BulkPlan.auto(), BulkPlan.parse("auto"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BulkPlan.parse("fast"));
        assertEquals("unknown bulk loader 'fast'; use auto, parallel, phased or sequential", e.getMessage());
    }
}
