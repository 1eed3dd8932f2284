package org.mbcnav.model.course;

import java.time.LocalDate;
import org.mbcnav.model.patient.StopReason;

/** The current regimen is stopped for a reason other than progression (toxicity, choice...). */
public record TreatmentStop(LocalDate date, StopReason reason, String note) implements CourseEvent {
    @Override
    public EventType type() {
        return EventType.TREATMENT_STOP;
    }
}
