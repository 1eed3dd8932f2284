package org.mbcnav.model.patient;

/** A qualitative HER2 call, for reports that give no IHC score or ISH result. */
public enum Her2Status implements Coded {
    POSITIVE("positive"),
    NEGATIVE("negative"),
    EQUIVOCAL("equivocal");

    private final String code;

    Her2Status(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
