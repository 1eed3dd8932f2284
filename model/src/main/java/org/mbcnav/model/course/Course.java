package org.mbcnav.model.course;

import java.util.List;
import org.mbcnav.model.patient.Patient;

/**
 * A patient followed over time: the patient as recorded when the course file was started, and
 * the ordered events since. The events are facts; nothing in them is derived.
 */
public record Course(String id, String title, Patient patient, List<CourseEvent> events) {
    public Course {
        events = events == null ? List.of() : List.copyOf(events);
    }

    public Course withEvent(CourseEvent event) {
        List<CourseEvent> more = new java.util.ArrayList<>(events);
        more.add(event);
        return new Course(id, title, patient, more);
    }
}
