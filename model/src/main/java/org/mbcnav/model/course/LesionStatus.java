package org.mbcnav.model.course;

import org.mbcnav.model.patient.Coded;

/**
 * What was seen of a lesion at a time point when a plain measurement does not say it all.
 * Target lesions: too-small (present but too small to measure), gone, not-assessed. Non-target
 * lesions: present, absent, progression (unequivocal), not-assessed.
 */
public enum LesionStatus implements Coded {
    MEASURED("measured"),
    TOO_SMALL("too-small"),
    GONE("gone"),
    NOT_ASSESSED("not-assessed"),
    PRESENT("present"),
    ABSENT("absent"),
    PROGRESSION("progression");

    private final String code;

    LesionStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
