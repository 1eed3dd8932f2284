package org.mbcnav.model.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A monitoring rule: what to check, for whom (always, for some drugs or classes, or when a
 * criterion holds), and when, as day offsets from the start of treatment.
 */
public record MonitoringItem(String id, String title, String kind, boolean always, List<String> drugs,
                             List<String> classes, Criterion when, List<ScheduleStep> schedule, String rationale,
                             List<String> sources, LocalDate lastReviewed, List<String> unverified) {
    public MonitoringItem {
        drugs = List.copyOf(drugs);
        classes = List.copyOf(classes);
        schedule = List.copyOf(schedule);
        sources = List.copyOf(sources);
        unverified = List.copyOf(unverified);
    }
}
