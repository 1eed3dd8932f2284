package org.mbcnav.model.patient;

/** Menopausal status as recorded by the clinic. */
public enum MenopausalStatus implements Coded {
    PREMENOPAUSAL("premenopausal"),
    PERIMENOPAUSAL("perimenopausal"),
    POSTMENOPAUSAL("postmenopausal");

    private final String code;

    MenopausalStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
