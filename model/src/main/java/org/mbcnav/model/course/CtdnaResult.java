package org.mbcnav.model.course;

import java.time.LocalDate;
import java.util.List;

/** A liquid biopsy (circulating tumour DNA) with one finding per gene reported. */
public record CtdnaResult(LocalDate date, String assay, List<CtdnaFinding> findings, String note)
        implements CourseEvent {

    public CtdnaResult {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    @Override
    public EventType type() {
        return EventType.CTDNA;
    }
}
