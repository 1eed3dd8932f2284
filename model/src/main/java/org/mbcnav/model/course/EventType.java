package org.mbcnav.model.course;

import org.mbcnav.model.patient.Coded;

/** The kinds of course event, by the code used in course files. */
public enum EventType implements Coded {
    SCAN("scan", Scan.class),
    ADVERSE_EVENT("adverse-event", AdverseEvent.class),
    CTDNA("ctdna", CtdnaResult.class),
    PROGRESSION("progression", ProgressionEvent.class),
    TREATMENT_START("start-treatment", TreatmentStart.class),
    TREATMENT_STOP("stop-treatment", TreatmentStop.class),
    DOSE_CHANGE("dose-change", DoseChange.class),
    BIOPSY("biopsy", BiopsyEvent.class),
    CHECK("check", MonitoringCheck.class);

    private final String code;
    private final Class<? extends CourseEvent> recordType;

    EventType(String code, Class<? extends CourseEvent> recordType) {
        this.code = code;
        this.recordType = recordType;
    }

    @Override
    public String code() {
        return code;
    }

    /** The record a course file's event of this type is read into. */
    public Class<? extends CourseEvent> recordType() {
        return recordType;
    }

    public static java.util.Optional<EventType> ofCode(String code) {
        for (EventType t : values()) {
            if (t.code.equals(code)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
