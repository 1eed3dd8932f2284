package org.mbcnav.engine.course;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mbcnav.model.course.CtdnaFinding;
import org.mbcnav.model.course.CtdnaResult;
import org.mbcnav.model.patient.Biopsy;
import org.mbcnav.model.patient.Disease;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.Health;
import org.mbcnav.model.patient.LabResult;
import org.mbcnav.model.patient.MetastaticSite;
import org.mbcnav.model.patient.MetastaticSiteType;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.Response;
import org.mbcnav.model.patient.SpecimenType;
import org.mbcnav.model.patient.StopReason;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.patient.Tumor;
import org.mbcnav.model.patient.VariantOrigin;

/**
 * Applies course events to the recorded patient, so that the one planning pipeline sees what
 * happened: a progression or stop closes the running metastatic course, a start adds one, a
 * ctDNA result adds genomics entries, a biopsy adds a biopsy, labs are added to health.
 */
public final class PatientUpdater {
    private PatientUpdater() {
    }

    /** Closes every running metastatic course on date with the reason and best response. */
    public static Patient close(Patient p, LocalDate date, StopReason reason, Response bestResponse) {
        List<TreatmentCourse> courses = new ArrayList<>();
        for (TreatmentCourse c : p.treatments()) {
            if (c.end() == null && c.setting() == TherapySetting.METASTATIC) {
                courses.add(new TreatmentCourse(c.drugs(), c.setting(), c.start(), date, reason,
                        bestResponse != null ? bestResponse : c.bestResponse(), c.note()));
            } else {
                courses.add(c);
            }
        }
        return withTreatments(p, courses);
    }

    public static Patient start(Patient p, LocalDate date, List<String> drugs, String note) {
        List<TreatmentCourse> courses = new ArrayList<>(p.treatments());
        courses.add(new TreatmentCourse(drugs, TherapySetting.METASTATIC, date, null, null, null, note));
        return withTreatments(p, courses);
    }

    public static Patient addGenomics(Patient p, CtdnaResult r) {
        List<GenomicResult> genomics = new ArrayList<>(p.genomics());
        for (CtdnaFinding f : r.findings()) {
            genomics.add(new GenomicResult(f.gene(), f.type(), f.alteration(), null, f.result(), VariantOrigin.SOMATIC,
                    SpecimenType.CTDNA, r.date(), r.assay(), f.vaf()));
        }
        return new Patient(p.id(), p.person(), p.tumor(), genomics, p.biomarkers(), p.disease(), p.treatments(),
                p.radiotherapy(), p.surgeries(), p.health(), p.preferences());
    }

    public static Patient addBiopsy(Patient p, Biopsy b, LocalDate date) {
        Biopsy dated = b.date() != null ? b : new Biopsy(date, b.site(), b.metastatic(), b.erPercent(), b.erStatus(),
                b.prPercent(), b.prStatus(), b.her2(), b.grade(), b.ki67());
        List<Biopsy> biopsies = new ArrayList<>(p.tumor().biopsies());
        biopsies.add(dated);
        return new Patient(p.id(), p.person(), new Tumor(p.tumor().histology(), biopsies), p.genomics(), p.biomarkers(),
                p.disease(), p.treatments(), p.radiotherapy(), p.surgeries(), p.health(), p.preferences());
    }

    public static Patient addLabs(Patient p, List<LabResult> labs) {
        if (labs.isEmpty()) {
            return p;
        }
        Health h = p.health();
        List<LabResult> all = new ArrayList<>(h.labs());
        all.addAll(labs);
        return new Patient(p.id(), p.person(), p.tumor(), p.genomics(), p.biomarkers(), p.disease(), p.treatments(),
                p.radiotherapy(), p.surgeries(), new Health(h.comorbidities(), all, h.medications(), h.allergies()),
                p.preferences());
    }

    /** Adds metastatic sites not already recorded (dated); returns the patient unchanged if none is new. */
    public static Patient addSites(Patient p, List<MetastaticSiteType> sites, LocalDate date) {
        Disease d = p.disease();
        if (sites.isEmpty() || d == null) {
            return p;
        }
        Set<MetastaticSiteType> known = new LinkedHashSet<>();
        d.sites().forEach(s -> known.add(s.site()));
        List<MetastaticSite> all = new ArrayList<>(d.sites());
        for (MetastaticSiteType s : sites) {
            if (known.add(s)) {
                all.add(new MetastaticSite(s, date, null, null));
            }
        }
        if (all.size() == d.sites().size()) {
            return p;
        }
        Disease nd = new Disease(d.primaryDiagnosisDate(), d.deNovoStageIV(), d.metastaticDiagnosisDate(), all,
                d.visceralCrisis(), d.symptoms(), d.measurableDisease());
        return new Patient(p.id(), p.person(), p.tumor(), p.genomics(), p.biomarkers(), nd, p.treatments(),
                p.radiotherapy(), p.surgeries(), p.health(), p.preferences());
    }

    private static Patient withTreatments(Patient p, List<TreatmentCourse> courses) {
        return new Patient(p.id(), p.person(), p.tumor(), p.genomics(), p.biomarkers(), p.disease(), courses,
                p.radiotherapy(), p.surgeries(), p.health(), p.preferences());
    }
}
