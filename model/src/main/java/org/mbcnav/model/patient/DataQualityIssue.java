package org.mbcnav.model.patient;

/**
 * Something in the input that was not understood or not used, with the reason. Importers report
 * these instead of dropping data silently; the plan carries them as dataQuality[].
 *
 * @param severity "error" (the input cannot be used), "warning" (a fact was ignored) or "info"
 * @param where    where in the input, e.g. "Observation/her2-1 valueCodeableConcept" or "/treatments/2"
 * @param what     the element or code concerned
 * @param reason   why it was not used
 */
public record DataQualityIssue(String severity, String where, String what, String reason) {
}
