package org.mbcnav.model.patient;

/** Best response recorded for a course (RECIST 1.1 categories). */
public enum Response implements Coded {
    CR("CR"),
    PR("PR"),
    SD("SD"),
    PD("PD"),
    NE("NE");

    private final String code;

    Response(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
