package org.mbcnav.model.patient;

/** Specimen a test was run on; blood plasma for somatic results means circulating tumour DNA. */
public enum SpecimenType implements Coded {
    TISSUE("tissue"),
    CTDNA("ctdna"),
    BLOOD("blood"),
    SALIVA("saliva");

    private final String code;

    SpecimenType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
