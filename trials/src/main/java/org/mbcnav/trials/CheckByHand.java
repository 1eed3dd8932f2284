package org.mbcnav.trials;

/**
 * A sentence of the eligibility text that the rules could not turn into criteria, or only in
 * part: shown to the user to check by hand, never dropped.
 */
public record CheckByHand(String sentence, String section, String reason) {
}
