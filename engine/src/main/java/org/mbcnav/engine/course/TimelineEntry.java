package org.mbcnav.engine.course;

import java.time.LocalDate;
import java.util.List;

/**
 * One step of a replayed course: the event (index in the course file, -1 for derived steps
 * such as the initial plan), a one-line headline, details, and what the engine derived from it.
 */
public record TimelineEntry(int eventIndex, LocalDate date, String kind, String headline, List<String> details,
                            TimePointResponse response, AdverseEventAssessment adverseEvent, Replan replan) {
    public TimelineEntry {
        details = List.copyOf(details);
    }
}
