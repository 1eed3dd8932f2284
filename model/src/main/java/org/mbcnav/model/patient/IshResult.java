package org.mbcnav.model.patient;

/** HER2 in situ hybridisation result. */
public enum IshResult implements Coded {
    AMPLIFIED("amplified"),
    NOT_AMPLIFIED("not-amplified"),
    EQUIVOCAL("equivocal");

    private final String code;

    IshResult(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
