package org.mbcnav.trials;

import java.util.List;

/**
 * A trial with its structured criteria and what is left to check by hand.
 *
 * @param sentences  how many sentences the eligibility text was split into
 * @param parsed     criteria that came from the parser or the registry fields
 * @param overridden criteria added or replaced by the reviewed override file, plus sentences an override settled
 */
public record ParsedTrial(Trial trial, List<TrialCriterion> criteria, List<CheckByHand> checkByHand, int sentences,
                          int parsed, int overridden) {
    public ParsedTrial {
        criteria = List.copyOf(criteria);
        checkByHand = List.copyOf(checkByHand);
    }
}
