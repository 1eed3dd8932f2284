package org.mbcnav.model.patient;

/** Status of a metastatic site; used for the brain (active, stable, treated). */
public enum SiteStatus implements Coded {
    ACTIVE("active"),
    STABLE("stable"),
    TREATED("treated");

    private final String code;

    SiteStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
