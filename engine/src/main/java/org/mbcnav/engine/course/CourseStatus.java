package org.mbcnav.engine.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mbcnav.model.plan.Plan;

/**
 * Where the course stands at the as-of date: the running regimen (null drugs when none), its
 * doses, the last RECIST response and the best response so far, the line's adverse events, the
 * monitoring that is overdue or coming, and the current plan for the next decision.
 */
public record CourseStatus(
        LocalDate asOf,
        Integer line,
        LocalDate lineStart,
        List<String> drugs,
        Map<String, String> doses,
        TimePointResponse lastResponse,
        BestOverallResponse bestResponse,
        List<AdverseEventAssessment> adverseEvents,
        List<ScheduledCheck> overdue,
        List<ScheduledCheck> upcoming,
        Plan plan) {

    public CourseStatus {
        drugs = List.copyOf(drugs);
        doses = Map.copyOf(doses);
        adverseEvents = List.copyOf(adverseEvents);
        overdue = List.copyOf(overdue);
        upcoming = List.copyOf(upcoming);
    }
}
