package org.mbcnav.model.patient;

/** Qualitative receptor result, used when no percentage was recorded. */
public enum ReceptorStatus implements Coded {
    POSITIVE("positive"),
    NEGATIVE("negative"),
    LOW("low");

    private final String code;

    ReceptorStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
