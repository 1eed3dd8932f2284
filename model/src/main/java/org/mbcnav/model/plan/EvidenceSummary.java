package org.mbcnav.model.plan;

/** The evidence for an option in one line of text plus its figures. */
public record EvidenceSummary(String trial, String nct, String summary, Double pfsHr, Double osHr, Boolean osSignificant,
                              String esmoMcbs) {
}
