package org.mbcnav.trials.audit;

/**
 * How much of one trial's eligibility the machine reads.
 *
 * @param sentences   sentences in the eligibility text
 * @param parsed      criteria from the rules and the registry fields
 * @param overridden  reviewed override entries applied
 * @param fromOverride criteria that came from overrides
 * @param checkByHand sentences (and stale overrides) left to check by hand
 */
public record AuditRow(String nctId, String label, String status, int sentences, int parsed, int overridden,
                       int fromOverride, int checkByHand) {
}
