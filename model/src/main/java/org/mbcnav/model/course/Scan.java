package org.mbcnav.model.course;

import java.time.LocalDate;
import java.util.List;

/**
 * One imaging time point. A baseline scan defines the target and non-target lesions of a
 * treatment line (RECIST 1.1 §4.2); a follow-up scan re-measures them by id and records new
 * lesions. tumourMarkersNormal matters only for a non-target complete response.
 */
public record Scan(
        LocalDate date,
        Boolean baseline,
        String modality,
        List<Lesion> lesions,
        List<NewLesion> newLesions,
        Boolean tumourMarkersNormal,
        String note) implements CourseEvent {

    public Scan {
        lesions = lesions == null ? List.of() : List.copyOf(lesions);
        newLesions = newLesions == null ? List.of() : List.copyOf(newLesions);
    }

    public boolean startsSeries() {
        return Boolean.TRUE.equals(baseline);
    }

    @Override
    public EventType type() {
        return EventType.SCAN;
    }
}
