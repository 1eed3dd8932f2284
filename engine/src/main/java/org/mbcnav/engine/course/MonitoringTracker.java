package org.mbcnav.engine.course;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.mbcnav.engine.CriterionEvaluator;
import org.mbcnav.engine.MonitoringPlanner;
import org.mbcnav.engine.state.ClinicalStateDeriver;
import org.mbcnav.model.course.CourseEvent;
import org.mbcnav.model.course.CtdnaResult;
import org.mbcnav.model.course.MonitoringCheck;
import org.mbcnav.model.course.Scan;
import org.mbcnav.model.course.knowledge.TrackingSettings;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.plan.MonitoringEntry;

/**
 * The running regimen's monitoring schedule (MonitoringPlanner, dated from the regimen's start)
 * held against what was recorded: for each item, its latest date that has passed is done, due
 * or overdue, and its dates ahead within the upcoming window are listed. A scan counts as
 * imaging, a ctDNA result as ctdna, a check as its kind or the items it names.
 */
public final class MonitoringTracker {
    private final Knowledge k;
    private final TrackingSettings settings;

    public MonitoringTracker(Knowledge k, TrackingSettings settings) {
        this.k = k;
        this.settings = settings;
    }

    public List<ScheduledCheck> track(Patient patient, String label, List<String> drugs, LocalDate start, LocalDate asOf,
                                      List<CourseEvent> events) {
        CriterionEvaluator criteria = new CriterionEvaluator(new ClinicalStateDeriver(k).derive(patient, asOf));
        int through = (int) ChronoUnit.DAYS.between(start, asOf) + settings.upcomingDays();
        List<ScheduledCheck> out = new ArrayList<>();
        for (MonitoringEntry m : new MonitoringPlanner(k, criteria, start).forRegimen(label, drugs, through)) {
            List<LocalDate> dates = m.dates();
            int lastPast = -1;
            for (int i = 0; i < dates.size(); i++) {
                if (!dates.get(i).isAfter(asOf)) {
                    lastPast = i;
                }
            }
            if (lastPast >= 0) {
                int missed = 0;
                for (int i = 0; i < lastPast; i++) {
                    if (doneFor(m, dates, i, asOf, events) == null) {
                        missed++;
                    }
                }
                LocalDate due = dates.get(lastPast);
                LocalDate done = doneFor(m, dates, lastPast, asOf, events);
                String status = done != null ? "done"
                        : due.isBefore(asOf.minusDays(settings.graceDays())) ? "overdue" : "due";
                out.add(new ScheduledCheck(m.id(), m.title(), m.kind(), due, status, done, missed, m.rationale(), m.sources()));
            }
            for (int i = lastPast + 1; i < dates.size(); i++) {
                out.add(new ScheduledCheck(m.id(), m.title(), m.kind(), dates.get(i), "upcoming", null, 0, m.rationale(),
                        m.sources()));
            }
        }
        out.sort(java.util.Comparator.comparing(ScheduledCheck::due).thenComparing(ScheduledCheck::id));
        return out;
    }

    /** The date of an event that satisfies the i-th scheduled date, or null. */
    private LocalDate doneFor(MonitoringEntry m, List<LocalDate> dates, int i, LocalDate asOf, List<CourseEvent> events) {
        LocalDate from = dates.get(i).minusDays(settings.matchWindowDays());
        LocalDate until = i + 1 < dates.size() ? dates.get(i + 1).minusDays(settings.matchWindowDays()) : asOf.plusDays(1);
        for (CourseEvent e : events) {
            if (!e.date().isBefore(from) && e.date().isBefore(until) && !e.date().isAfter(asOf) && satisfies(e, m)) {
                return e.date();
            }
        }
        return null;
    }

    private static boolean satisfies(CourseEvent e, MonitoringEntry m) {
        return switch (e) {
            case Scan s -> "imaging".equals(m.kind()) && m.forOptions().isEmpty();
            case CtdnaResult c -> "ctdna".equals(m.kind());
            case MonitoringCheck c -> c.items().isEmpty() ? m.kind().equals(c.kind()) : c.items().contains(m.id());
            default -> false;
        };
    }
}
