package org.mbcnav.trials;

import java.util.List;
import org.mbcnav.trials.parse.TrialOverride;

/**
 * The trials a plan is matched against, each parsed and corrected, with the overrides that name
 * a trial not in the set (reported by the audit, harmless for matching).
 */
public record TrialSet(List<ParsedTrial> trials, List<TrialOverride> overridesForOtherTrials) {
    public TrialSet {
        trials = List.copyOf(trials);
        overridesForOtherTrials = List.copyOf(overridesForOtherTrials);
    }
}
