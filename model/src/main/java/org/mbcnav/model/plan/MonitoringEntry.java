package org.mbcnav.model.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated monitoring item. forOptions is empty for disease monitoring that applies whatever is
 * chosen, and lists the options it belongs to for per-drug safety monitoring.
 */
public record MonitoringEntry(String id, String title, String kind, List<LocalDate> dates, List<String> forOptions,
                              String rationale, List<SourceRef> sources) {
    public MonitoringEntry {
        dates = List.copyOf(dates);
        forOptions = List.copyOf(forOptions);
        sources = List.copyOf(sources);
    }
}
