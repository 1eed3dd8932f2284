package org.mbcnav.store;

import java.time.Instant;

/** One version of a patient document as stored. deletedAt is null unless the patient was deleted. */
public record StoredPatient(String id, int version, String document, String format, Instant updatedAt,
                            String updatedBy, Instant deletedAt, String changeKind) {
    public boolean deleted() {
        return deletedAt != null;
    }
}
