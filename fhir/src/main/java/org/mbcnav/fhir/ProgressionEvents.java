package org.mbcnav.fhir;

import java.util.ArrayList;
import java.util.List;
import org.mbcnav.model.patient.StopReason;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;

/**
 * Applies CancerDiseaseStatus "worsened" events to the metastatic courses: the course the patient
 * was on at that date ended in progression (on that date, when the record gives no earlier end).
 * A worsening that falls on no course is reported, not guessed onto one.
 */
final class ProgressionEvents {
    private ProgressionEvents() {
    }

    static List<TreatmentCourse> apply(List<TreatmentCourse> courses, List<PatientFacts.Progression> events, IssueLog log) {
        List<TreatmentCourse> out = new ArrayList<>(courses);
        for (PatientFacts.Progression e : events) {
            int hit = -1;
            for (int i = 0; i < out.size(); i++) {
                TreatmentCourse c = out.get(i);
                boolean on = c.setting() == TherapySetting.METASTATIC && c.start() != null && !e.date().isBefore(c.start())
                        && (c.end() == null || !e.date().isAfter(c.end()));
                if (on) {
                    hit = i;
                }
            }
            if (hit < 0) {
                log.info(e.ref(), "disease status worsened on " + e.date(),
                        "no metastatic course was ongoing on that date; recorded nowhere");
                continue;
            }
            TreatmentCourse c = out.get(hit);
            out.set(hit, new TreatmentCourse(c.drugs(), c.setting(), c.start(), c.end() == null ? e.date() : c.end(),
                    StopReason.PROGRESSION, c.bestResponse(), c.note()));
            log.info(e.ref(), "disease status worsened on " + e.date(),
                    "read as progression on " + String.join(" + ", c.drugs()) + " (course started " + c.start() + ")");
        }
        return out;
    }
}
