package org.mbcnav.store;

import java.time.Instant;

/**
 * A plan as made: immutable, with the patient version and knowledge version behind it. A plan
 * made by re-planning after a course event names that event (courseSeq) and why (reason); both
 * are null for plans made on request.
 */
public record StoredPlan(String id, String patientId, int patientVersion, String asOf, String knowledgeVersion,
                         Instant createdAt, String createdBy, String document, Integer courseSeq, String reason) {
    public StoredPlan(String id, String patientId, int patientVersion, String asOf, String knowledgeVersion,
                      Instant createdAt, String createdBy, String document) {
        this(id, patientId, patientVersion, asOf, knowledgeVersion, createdAt, createdBy, document, null, null);
    }
}
