package org.mbcnav.model.patient;

/** Why a treatment course ended. */
public enum StopReason implements Coded {
    PROGRESSION("progression"),
    TOXICITY("toxicity"),
    COMPLETED("completed"),
    PATIENT_CHOICE("patient-choice"),
    OTHER("other");

    private final String code;

    StopReason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
