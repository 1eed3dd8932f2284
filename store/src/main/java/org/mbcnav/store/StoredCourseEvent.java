package org.mbcnav.store;

import java.time.Instant;

/** One course event as stored: its place in the course (seq, from 0), type and date, and the event document (JSON). */
public record StoredCourseEvent(String patientId, int seq, String type, String date, String document, Instant createdAt,
                                String createdBy) {
}
