package org.mbcnav.engine.course;

/**
 * Overall response at a time point or as best response (RECIST 1.1 §4.4). NON_CR_NON_PD is the
 * answer for non-target-only disease (often bone-only breast cancer), which is never called SD.
 */
public enum OverallResponse {
    CR, PR, SD, NON_CR_NON_PD, PD, NE;

    /** Text as clinicians write it: "non-CR/non-PD" rather than the enum name. */
    public String label() {
        return this == NON_CR_NON_PD ? "non-CR/non-PD" : name();
    }
}
