package org.mbcnav.model.patient;

/** Where metastatic disease was found. */
public enum MetastaticSiteType implements Coded {
    BONE("bone"),
    LIVER("liver"),
    LUNG("lung"),
    PLEURA("pleura"),
    BRAIN("brain"),
    LEPTOMENINGEAL("leptomeningeal"),
    LYMPH_NODE("lymph-node"),
    SKIN("skin"),
    CHEST_WALL("chest-wall"),
    PERITONEUM("peritoneum"),
    SOFT_TISSUE("soft-tissue"),
    ADRENAL("adrenal"),
    OVARY("ovary"),
    BONE_MARROW("bone-marrow"),
    OTHER("other");

    private final String code;

    MetastaticSiteType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
