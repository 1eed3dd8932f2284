package org.mbcnav.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.mbcnav.model.plan.MonitoringEntry;
import org.mbcnav.model.plan.Plan;

/** A plan's monitoring schedule as an iCalendar file: one all-day event per item and date. */
public final class MonitoringCalendar {
    private MonitoringCalendar() {
    }

    public static String ics(Plan plan) {
        String patient = plan.patientSummary().id();
        List<Ics.Event> events = new ArrayList<>();
        for (MonitoringEntry m : plan.monitoring()) {
            String forWhat = m.forOptions().isEmpty() ? "" : " (for " + String.join(", ", m.forOptions()) + ")";
            for (var d : m.dates()) {
                events.add(new Ics.Event(patient + "-" + m.id() + "-" + d.format(DateTimeFormatter.BASIC_ISO_DATE) + "@mbcnav",
                        d, m.title(), m.kind(), (m.rationale() == null ? "" : m.rationale()) + forWhat + " " + plan.disclaimer()));
            }
        }
        return Ics.write("-//MBC Navigator//plan monitoring//EN", plan.asOf(), events);
    }
}
