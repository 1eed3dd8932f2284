package org.mbcnav.store;

import java.time.Instant;

/** A plan as made: immutable, with the patient version and knowledge version behind it. */
public record StoredPlan(String id, String patientId, int patientVersion, String asOf, String knowledgeVersion,
                         Instant createdAt, String createdBy, String document) {
}
