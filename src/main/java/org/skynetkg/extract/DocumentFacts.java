package org.skynetkg.extract;

import java.util.List;
import org.skynetkg.document.Announcement;

/** All that was extracted from one announcement, and the warnings for its reader. */
public record DocumentFacts(Announcement document, List<OperationFact> operations, List<RoleFact> roles,
                            List<OutcomeFact> outcomes, List<TieFact> ties, List<String> notes,
                            List<String> warnings) {

    public int factCount() {
        return operations.size() + roles.size() + outcomes.size() + ties.size();
    }
}
