package org.mbcnav.model.course;

import java.time.LocalDate;

/**
 * One thing that happened during the course of metastatic treatment, dated. A course is the
 * patient as known at its start plus these events in order; everything else (responses,
 * grades, dose proposals, plan changes) is derived by the engine when the course is replayed.
 */
public sealed interface CourseEvent permits Scan, AdverseEvent, CtdnaResult, ProgressionEvent, TreatmentStart,
        TreatmentStop, DoseChange, BiopsyEvent, MonitoringCheck {

    LocalDate date();

    String note();

    /** The event's stable type code as written in course files ("scan", "adverse-event", ...). */
    EventType type();
}
