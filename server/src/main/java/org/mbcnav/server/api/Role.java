package org.mbcnav.server.api;

import java.util.Locale;

/**
 * Who may do what. clinician: patients and plans; patient: their own record, read only; admin:
 * everything, plus tokens and the audit log; ehr: an EHR calling CDS Hooks with a signed JWT.
 */
public enum Role {
    CLINICIAN, PATIENT, ADMIN, EHR;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        return valueOf(text.toUpperCase(Locale.ROOT));
    }
}
