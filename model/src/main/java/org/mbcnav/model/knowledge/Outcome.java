package org.mbcnav.model.knowledge;

/** Median survival figures (months) with the hazard ratio, as a trial reported them. */
public record Outcome(Double experimental, Double control, Double hr, Boolean significant, String analysis) {
}
