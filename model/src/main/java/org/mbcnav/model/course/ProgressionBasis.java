package org.mbcnav.model.course;

import org.mbcnav.model.patient.Coded;

/** How progression was established. */
public enum ProgressionBasis implements Coded {
    RECIST("recist"),
    CLINICAL("clinical");

    private final String code;

    ProgressionBasis(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
