package org.mbcnav.engine.course;

import java.time.LocalDate;
import java.util.List;
import org.mbcnav.model.plan.SourceRef;

/**
 * One dated monitoring item of the running regimen: status done (doneOn says when), overdue
 * (more than the grace period past with nothing recorded), due (passed, still within grace) or
 * upcoming. missedEarlier counts earlier dates of the same item with nothing recorded.
 */
public record ScheduledCheck(String id, String title, String kind, LocalDate due, String status, LocalDate doneOn,
                             int missedEarlier, String rationale, List<SourceRef> sources) {
    public ScheduledCheck {
        sources = List.copyOf(sources);
    }
}
