package org.mbcnav.engine.course;

/** Target-lesion response at one time point (RECIST 1.1 §4.3.1); NONE when there are no targets. */
public enum TargetResponse {
    CR, PR, SD, PD, NOT_ALL_EVALUATED, NONE
}
