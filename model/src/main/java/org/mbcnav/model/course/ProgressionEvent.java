package org.mbcnav.model.course;

import java.time.LocalDate;
import java.util.List;
import org.mbcnav.model.patient.MetastaticSiteType;

/**
 * Disease progression declared by the clinician (clinical) or documented by imaging (recist).
 * It closes the current metastatic line; newSites are added to the patient's disease sites.
 */
public record ProgressionEvent(LocalDate date, ProgressionBasis basis, List<MetastaticSiteType> newSites, String note)
        implements CourseEvent {

    public ProgressionEvent {
        newSites = newSites == null ? List.of() : List.copyOf(newSites);
    }

    @Override
    public EventType type() {
        return EventType.PROGRESSION;
    }
}
