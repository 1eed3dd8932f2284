package org.mbcnav.server.cds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mbcnav.engine.course.MonitoringTracker;
import org.mbcnav.engine.course.ScheduledCheck;
import org.mbcnav.model.course.CourseEvent;
import org.mbcnav.model.course.MonitoringCheck;
import org.mbcnav.model.course.knowledge.TrackingSettings;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.LabResult;
import org.mbcnav.model.patient.LabTest;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;

/**
 * Overdue monitoring of the regimen the patient is on: the course tracker's schedule for the
 * ongoing metastatic course, held against the lab, ECG and echo results in the record (the
 * only checks a record carries). Each item past its grace period with nothing recorded is a
 * warning card.
 */
final class OverdueMonitoring {
    private final MonitoringTracker tracker;
    private final CardFactory cards;

    OverdueMonitoring(Knowledge k, TrackingSettings settings, CardFactory cards) {
        this.tracker = new MonitoringTracker(k, settings);
        this.cards = cards;
    }

    List<Card> cards(String patientId, Patient p, LocalDate today) {
        TreatmentCourse current = p.treatments().stream()
                .filter(c -> c.setting() == TherapySetting.METASTATIC && c.end() == null && c.start() != null
                        && !c.start().isAfter(today))
                .max(Comparator.comparing(TreatmentCourse::start)).orElse(null);
        if (current == null) {
            return List.of();
        }
        List<CourseEvent> recorded = new ArrayList<>();
        for (LabResult lab : p.health().labs()) {
            if (lab.date() != null) {
                recorded.add(new MonitoringCheck(lab.date(), kindOf(lab.test()), List.of(), List.of(lab), null));
            }
        }
        recorded.sort(Comparator.comparing(CourseEvent::date));
        List<Card> out = new ArrayList<>();
        for (ScheduledCheck c : tracker.track(p, String.join(" + ", current.drugs()), current.drugs(), current.start(),
                today, recorded)) {
            if ("overdue".equals(c.status())) {
                out.add(cards.warning(patientId, "Overdue: " + c.title() + " (due " + c.due() + ")",
                        "The schedule for " + String.join(" + ", current.drugs()) + " (started " + current.start()
                                + ") had " + c.title().toLowerCase(java.util.Locale.ROOT) + " due on " + c.due()
                                + ", and nothing since is recorded"
                                + (c.missedEarlier() > 0 ? " (" + c.missedEarlier() + " earlier date(s) also missed)" : "")
                                + ". " + (c.rationale() == null ? "" : c.rationale()), c.sources()));
            }
        }
        return out;
    }

    /** The kind of check a result is evidence of. */
    private static String kindOf(LabTest test) {
        return switch (test) {
            case QTCF -> "ecg";
            case LVEF -> "echo";
            default -> "lab";
        };
    }
}
