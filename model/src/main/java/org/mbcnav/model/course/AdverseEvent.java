package org.mbcnav.model.course;

import java.time.LocalDate;
import java.util.List;

/**
 * An adverse event: a CTCAE term with the grade the clinician assigned, or a lab value from
 * which the grade is derived. drugs names the drugs it is attributed to; empty means every drug
 * of the current regimen.
 */
public record AdverseEvent(
        LocalDate date,
        String term,
        Integer grade,
        LabValue lab,
        List<String> drugs,
        String note) implements CourseEvent {

    public AdverseEvent {
        drugs = drugs == null ? List.of() : List.copyOf(drugs);
    }

    @Override
    public EventType type() {
        return EventType.ADVERSE_EVENT;
    }
}
