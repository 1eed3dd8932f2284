package org.mbcnav.model.course;

import java.time.LocalDate;
import org.mbcnav.model.patient.Biopsy;

/** A new biopsy with its receptor results (the biopsy's date defaults to the event's date). */
public record BiopsyEvent(LocalDate date, Biopsy biopsy, String note) implements CourseEvent {
    @Override
    public EventType type() {
        return EventType.BIOPSY;
    }
}
