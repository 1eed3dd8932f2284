package org.mbcnav.store;

import java.time.Instant;
import java.util.List;

/**
 * A patient's course: version (the number of events, checked by a conditional append), the
 * patient version it is replayed from, and its events in the order they were recorded.
 */
public record StoredCourse(String patientId, int version, int patientVersion, Instant createdAt, String createdBy,
                           List<StoredCourseEvent> events) {
    public StoredCourse {
        events = List.copyOf(events);
    }
}
