package org.mbcnav.trials;

import org.mbcnav.model.knowledge.Criterion;

/**
 * One structured eligibility requirement of a trial: a knowledge Criterion that must be TRUE for
 * the patient to be eligible (exclusions are stored negated, as `not`), with the sentence of the
 * eligibility text it came from.
 *
 * @param section inclusion | exclusion | registry (structured sex and age fields)
 * @param origin  parsed | override | registry
 * @param note    the reviewer's note for an override, else null
 */
public record TrialCriterion(Criterion requirement, String sentence, String section, String origin, String note) {
}
