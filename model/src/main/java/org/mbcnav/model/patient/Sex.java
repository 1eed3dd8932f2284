package org.mbcnav.model.patient;

/** Sex recorded for the person. */
public enum Sex implements Coded {
    FEMALE("female"),
    MALE("male");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
