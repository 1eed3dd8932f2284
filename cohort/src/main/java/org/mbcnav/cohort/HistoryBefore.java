package org.mbcnav.cohort;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mbcnav.model.patient.Biomarkers;
import org.mbcnav.model.patient.Disease;
import org.mbcnav.model.patient.Health;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.patient.Tumor;

/**
 * The patient as the record stood just before a date D, for judging the decision taken at D
 * (docs/cohort.md, "Concordance"): courses started before D (one still running at D is shown
 * running, with no end and no stop reason), and dated results, biopsies, sites and labs dated on
 * or before D. Undated facts are kept: the record does not say when they became known. Pure.
 */
final class HistoryBefore {
    private HistoryBefore() {
    }

    static Patient at(Patient p, LocalDate d) {
        List<TreatmentCourse> courses = new ArrayList<>(p.treatments().size());
        for (TreatmentCourse c : p.treatments()) {
            if (c.start() != null && c.start().isBefore(d)) {
                courses.add(c.end() != null && c.end().isAfter(d)
                        ? new TreatmentCourse(c.drugs(), c.setting(), c.start(), null, null, null, c.note()) : c);
            }
        }
        Biomarkers b = p.biomarkers();
        Disease dis = p.disease();
        Health h = p.health();
        return new Patient(p.id(), p.person(),
                new Tumor(p.tumor().histology(), known(p.tumor().biopsies(), x -> x.date(), d)),
                known(p.genomics(), g -> g.date(), d),
                new Biomarkers(known(b.pdl1(), x -> x.date(), d), known(b.msi(), x -> x.date(), d), known(b.tmb(), x -> x.date(), d)),
                dis == null ? null : new Disease(dis.primaryDiagnosisDate(), dis.deNovoStageIV(), dis.metastaticDiagnosisDate(),
                        known(dis.sites(), s -> s.date(), d), dis.visceralCrisis(), dis.symptoms(), dis.measurableDisease()),
                courses, p.radiotherapy(), p.surgeries(),
                new Health(h.comorbidities(), known(h.labs(), l -> l.date(), d), h.medications(), h.allergies()),
                p.preferences());
    }

    /** The items undated or dated on or before d; the same list when that is all of them (most records). */
    private static <T> List<T> known(List<T> items, Function<T, LocalDate> date, LocalDate d) {
        int kept = 0;
        for (T x : items) {
            LocalDate when = date.apply(x);
            if (when == null || !when.isAfter(d)) {
                kept++;
            }
        }
        if (kept == items.size()) {
            return items;
        }
        List<T> out = new ArrayList<>(kept);
        for (T x : items) {
            LocalDate when = date.apply(x);
            if (when == null || !when.isAfter(d)) {
                out.add(x);
            }
        }
        return out;
    }
}
