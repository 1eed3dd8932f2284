package org.mbcnav.server.cds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mbcnav.engine.course.CourseReplay;
import org.mbcnav.engine.course.CourseStatus;
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
 * Overdue monitoring of the regimen the patient is on: the course tracker's schedule, held
 * against what is recorded. With a stored course, the running regimen is the course's and its
 * scans, ctDNA results and checks (ECGs, echocardiograms, labs) count as well as the lab, ECG and
 * echo results in the record; without one, the ongoing metastatic course of the record and its
 * results are all there is. Each item past its grace period with nothing recorded is a warning card.
 */
final class OverdueMonitoring {
    private final MonitoringTracker tracker;
    private final CardFactory cards;

    OverdueMonitoring(Knowledge k, TrackingSettings settings, CardFactory cards) {
        this.tracker = new MonitoringTracker(k, settings);
        this.cards = cards;
    }

    /** From the record alone: its ongoing metastatic course and its dated results. */
    List<Card> cards(String patientId, Patient p, LocalDate today) {
        TreatmentCourse current = p.treatments().stream()
                .filter(c -> c.setting() == TherapySetting.METASTATIC && c.end() == null && c.start() != null
                        && !c.start().isAfter(today))
                .max(Comparator.comparing(TreatmentCourse::start)).orElse(null);
        if (current == null) {
            return List.of();
        }
        return cards(patientId, p, current.drugs(), current.start(), today, results(p), "in the record");
    }

    /**
     * From a stored course replayed to today: the regimen it has running (none: no card, the course
     * says nothing is running), its events and the results of the patient as the course left it.
     */
    List<Card> cards(String patientId, CourseReplay course, List<CourseEvent> events, LocalDate today) {
        CourseStatus s = course.status();
        if (s.drugs().isEmpty() || s.lineStart() == null) {
            return List.of();
        }
        List<CourseEvent> recorded = results(course.patient());
        events.stream().filter(e -> !e.date().isAfter(today)).forEach(recorded::add);
        recorded.sort(Comparator.comparing(CourseEvent::date));
        return cards(patientId, course.patient(), s.drugs(), s.lineStart(), today, recorded,
                "in the course or the record");
    }

    private List<Card> cards(String patientId, Patient p, List<String> drugs, LocalDate start, LocalDate today,
                             List<CourseEvent> recorded, String where) {
        String label = String.join(" + ", drugs);
        List<Card> out = new ArrayList<>();
        for (ScheduledCheck c : tracker.track(p, label, drugs, start, today, recorded)) {
            if ("overdue".equals(c.status())) {
                out.add(cards.warning(patientId, "Overdue: " + c.title() + " (due " + c.due() + ")",
                        "The schedule for " + label + " (started " + start + ") had "
                                + c.title().toLowerCase(java.util.Locale.ROOT) + " due on " + c.due()
                                + ", and nothing since is recorded " + where
                                + (c.missedEarlier() > 0 ? " (" + c.missedEarlier() + " earlier date(s) also missed)" : "")
                                + ". " + (c.rationale() == null ? "" : c.rationale()), c.sources()));
            }
        }
        return out;
    }

    /** The record's dated results as the checks they are evidence of, oldest first. */
    private static List<CourseEvent> results(Patient p) {
        List<CourseEvent> recorded = new ArrayList<>();
        for (LabResult lab : p.health().labs()) {
            if (lab.date() != null) {
                recorded.add(new MonitoringCheck(lab.date(), kindOf(lab.test()), List.of(), List.of(lab), null));
            }
        }
        recorded.sort(Comparator.comparing(CourseEvent::date));
        return recorded;
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
