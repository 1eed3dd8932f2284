package org.mbcnav.model.plan;

import java.util.List;

/**
 * A clinical trial and how the patient matches it: eligible (every structured criterion met),
 * possible (none unmet, some unknown) or ineligible (at least one unmet). Sentences the rules
 * could not read are in checkByHand; eligibility is never final without them and the site.
 *
 * @param status        the registry's overallStatus (RECRUITING, ACTIVE_NOT_RECRUITING, ...)
 * @param phase         the registry's phases joined with "/" (PHASE1/PHASE2), NA when none
 * @param nearestSiteKm distance to the nearest located site when the patient gave a location, else null
 */
public record TrialMatch(String nctId, String title, String acronym, String match, List<TrialCriterionResult> met,
                         List<TrialCriterionResult> unmet, List<TrialCriterionResult> unknown, List<String> checkByHand,
                         String status, String phase, Double nearestSiteKm, String nearestSite) {
    public TrialMatch {
        met = List.copyOf(met);
        unmet = List.copyOf(unmet);
        unknown = List.copyOf(unknown);
        checkByHand = List.copyOf(checkByHand);
    }
}
