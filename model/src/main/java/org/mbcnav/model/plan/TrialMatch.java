package org.mbcnav.model.plan;

import java.util.List;

/** A clinical trial and how the patient matches it (eligible, possible, ineligible). */
public record TrialMatch(String nctId, String title, String match, List<String> met, List<String> unmet,
                         List<String> unknown, String status, String phase) {
    public TrialMatch {
        met = List.copyOf(met);
        unmet = List.copyOf(unmet);
        unknown = List.copyOf(unknown);
    }
}
