package org.mbcnav.model.patient;

/**
 * Result of a test for one gene. DETECTED is a variant reported present without its clinical
 * significance: neither actionable nor negative until the report is checked.
 */
public enum VariantResult implements Coded {
    PATHOGENIC("pathogenic"),
    LIKELY_PATHOGENIC("likely-pathogenic"),
    VUS("vus"),
    BENIGN("benign"),
    NOT_DETECTED("not-detected"),
    DETECTED("detected");

    private final String code;

    VariantResult(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
