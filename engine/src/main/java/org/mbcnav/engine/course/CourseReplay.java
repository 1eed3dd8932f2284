package org.mbcnav.engine.course;

import java.time.LocalDate;
import java.util.List;
import org.mbcnav.model.patient.Patient;

/** A course replayed up to an as-of date: the timeline, the patient as it now stands, and the status. */
public record CourseReplay(LocalDate asOf, List<TimelineEntry> timeline, Patient patient, CourseStatus status,
                           List<CourseProblem> problems) {
    public CourseReplay {
        timeline = List.copyOf(timeline);
        problems = List.copyOf(problems);
    }
}
