package org.mbcnav.model.course;

import java.time.LocalDate;

/** The clinician changed one drug's dose to a named dose level of its label (e.g. "100 mg daily"). */
public record DoseChange(LocalDate date, String drug, String dose, String note) implements CourseEvent {
    @Override
    public EventType type() {
        return EventType.DOSE_CHANGE;
    }
}
