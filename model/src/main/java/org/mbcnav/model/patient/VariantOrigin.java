package org.mbcnav.model.patient;

/** Germline (inherited) or somatic (tumour) origin of a genomic result. */
public enum VariantOrigin implements Coded {
    GERMLINE("germline"),
    SOMATIC("somatic");

    private final String code;

    VariantOrigin(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
