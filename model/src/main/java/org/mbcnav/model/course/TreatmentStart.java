package org.mbcnav.model.course;

import java.time.LocalDate;
import java.util.List;

/**
 * A new metastatic regimen is started (a clinician's choice, usually among the plan's options).
 * regimen optionally names the knowledge regimen id it follows. Every drug starts at its first
 * dose level unless a dose-change event says otherwise.
 */
public record TreatmentStart(LocalDate date, List<String> drugs, String regimen, String note) implements CourseEvent {
    public TreatmentStart {
        drugs = drugs == null ? List.of() : List.copyOf(drugs);
    }

    @Override
    public EventType type() {
        return EventType.TREATMENT_START;
    }
}
