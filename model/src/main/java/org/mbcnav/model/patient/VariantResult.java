package org.mbcnav.model.patient;

/** Result of a test for one gene. */
public enum VariantResult implements Coded {
    PATHOGENIC("pathogenic"),
    LIKELY_PATHOGENIC("likely-pathogenic"),
    VUS("vus"),
    BENIGN("benign"),
    NOT_DETECTED("not-detected");

    private final String code;

    VariantResult(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
