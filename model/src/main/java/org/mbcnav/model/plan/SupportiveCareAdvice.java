package org.mbcnav.model.plan;

import java.util.List;

/** A supportive-care recommendation that applies to this patient. */
public record SupportiveCareAdvice(String id, String title, String domain, List<String> actions, String why,
                                   String patientText, List<SourceRef> sources) {
    public SupportiveCareAdvice {
        actions = List.copyOf(actions);
        sources = List.copyOf(sources);
    }
}
