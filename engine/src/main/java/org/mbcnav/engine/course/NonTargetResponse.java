package org.mbcnav.engine.course;

/** Non-target response at one time point (RECIST 1.1 §4.3.2); NONE when there were none at baseline. */
public enum NonTargetResponse {
    CR, NON_CR_NON_PD, PD, NOT_EVALUATED, NONE
}
