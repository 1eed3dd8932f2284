package org.mbcnav.model.plan;

import java.util.List;

/**
 * One eligibility criterion of a trial as it applies to the patient.
 *
 * @param criterion   the criterion in words ("not brain metastases (active)")
 * @param section     inclusion | exclusion | registry
 * @param sentence    the sentence of the trial's eligibility text (or registry field) it came from
 * @param explanation the patient's facts that decided it, or what is missing
 * @param origin      parsed | override | registry
 * @param note        the reviewer's note when a reviewed override supplied the criterion
 * @param missing     facts that would settle an unknown criterion (e.g. "pdl1", "gene:ESR1")
 */
public record TrialCriterionResult(String criterion, String section, String sentence, String explanation, String origin,
                                   String note, List<String> missing) {
    public TrialCriterionResult {
        missing = List.copyOf(missing);
    }
}
