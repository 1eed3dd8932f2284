package org.mbcnav.model.course;

import java.time.LocalDate;
import java.util.List;
import org.mbcnav.model.patient.LabResult;

/**
 * A monitoring item done: labs drawn, an ECG, an echocardiogram, a visit. items names the
 * monitoring ids (knowledge/monitoring.yaml) it satisfies; without items it satisfies every
 * scheduled item of its kind. Lab results are added to the patient's record.
 */
public record MonitoringCheck(LocalDate date, String kind, List<String> items, List<LabResult> labs, String note)
        implements CourseEvent {

    public MonitoringCheck {
        items = items == null ? List.of() : List.copyOf(items);
        labs = labs == null ? List.of() : List.copyOf(labs);
    }

    @Override
    public EventType type() {
        return EventType.CHECK;
    }
}
