package org.mbcnav.model.patient;

/** Microsatellite instability / mismatch-repair status. */
public enum MsiStatus implements Coded {
    MSI_HIGH("msi-high"),
    MSS("mss"),
    MSI_LOW("msi-low"),
    DMMR("dmmr"),
    PMMR("pmmr");

    private final String code;

    MsiStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
