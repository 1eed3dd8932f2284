package org.mbcnav.model.patient;

/** Kind of genomic alteration. */
public enum AlterationType implements Coded {
    MUTATION("mutation"),
    FUSION("fusion"),
    AMPLIFICATION("amplification"),
    DELETION("deletion");

    private final String code;

    AlterationType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
