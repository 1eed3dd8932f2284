package org.mbcnav.model.patient;

/** Disease-related symptoms that change the plan. */
public enum Symptom implements Coded {
    BONE_PAIN("bone-pain"),
    CORD_COMPRESSION("cord-compression"),
    NEUROLOGICAL("neurological"),
    DYSPNOEA("dyspnoea"),
    BLEEDING("bleeding"),
    PAIN("pain"),
    FATIGUE("fatigue");

    private final String code;

    Symptom(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
