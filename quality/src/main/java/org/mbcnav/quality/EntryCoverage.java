package org.mbcnav.quality;

import java.util.List;
import java.util.Map;

/**
 * One regimen entry over a set of cases.
 *
 * @param outcomes how many cases gave each outcome (offered, not-eligible, excluded,
 *                 contraindicated, needs-information)
 * @param criteria every eligibility criterion, nested parts included
 * @param rules    every exclusion and caution
 */
public record EntryCoverage(String id, Map<String, Integer> outcomes, List<PathCoverage> criteria,
                            List<PathCoverage> rules) {
    public EntryCoverage {
        outcomes = Map.copyOf(outcomes);
        criteria = List.copyOf(criteria);
        rules = List.copyOf(rules);
    }

    public int offered() {
        return outcomes.getOrDefault("offered", 0);
    }
}
