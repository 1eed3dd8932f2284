package org.mbcnav.model.patient;

/** Setting a treatment course was given in. */
public enum TherapySetting implements Coded {
    NEOADJUVANT("neoadjuvant"),
    ADJUVANT("adjuvant"),
    METASTATIC("metastatic");

    private final String code;

    TherapySetting(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
