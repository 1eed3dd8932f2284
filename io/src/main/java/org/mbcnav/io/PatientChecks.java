package org.mbcnav.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mbcnav.model.patient.Biopsy;
import org.mbcnav.model.patient.Disease;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.LabResult;
import org.mbcnav.model.patient.MetastaticSite;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.Person;
import org.mbcnav.model.patient.Radiotherapy;
import org.mbcnav.model.patient.Sex;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;

/**
 * Clinical consistency of a patient that a schema cannot express: impossible or future dates,
 * contradictions, and drug names the knowledge base does not know.
 */
final class PatientChecks {
    private final LocatedTree tree;
    private final LocalDate asOf;
    private final Set<String> knownDrugs;
    private final List<InputProblem> problems = new ArrayList<>();

    PatientChecks(LocatedTree tree, LocalDate asOf, Set<String> knownDrugs) {
        this.tree = tree;
        this.asOf = asOf;
        this.knownDrugs = knownDrugs;
    }

    List<InputProblem> check(Patient p) {
        Person person = p.person();
        LocalDate birth = person.birthDate();
        notFuture("/person/birthDate", birth);
        if (person.sex() == Sex.MALE) {
            if (person.menopausalStatus() != null) {
                add("/person/menopausalStatus", "a menopausal status is recorded for a male patient");
            }
            if (Boolean.TRUE.equals(person.pregnant())) {
                add("/person/pregnant", "pregnancy is recorded for a male patient");
            }
        }
        for (int i = 0; i < p.tumor().biopsies().size(); i++) {
            Biopsy b = p.tumor().biopsies().get(i);
            dated("/tumor/biopsies/" + i + "/date", b.date(), birth);
            if (b.her2() != null && b.her2().membraneStaining() != null && !"0".equals(b.her2().ihc())) {
                add("/tumor/biopsies/" + i + "/her2/membraneStaining", "membraneStaining applies only to HER2 IHC 0");
            }
        }
        for (int i = 0; i < p.genomics().size(); i++) {
            GenomicResult g = p.genomics().get(i);
            dated("/genomics/" + i + "/date", g.date(), birth);
        }
        checkDisease(p.disease(), birth);
        checkTreatments(p, birth);
        for (int i = 0; i < p.radiotherapy().size(); i++) {
            Radiotherapy r = p.radiotherapy().get(i);
            String at = "/radiotherapy/" + i;
            dated(at + "/start", r.start(), birth);
            dated(at + "/end", r.end(), birth);
            if (r.start() != null && r.end() != null && r.end().isBefore(r.start())) {
                add(at + "/end", "the radiotherapy ends (" + r.end() + ") before it starts (" + r.start() + ")");
            }
        }
        for (int i = 0; i < p.surgeries().size(); i++) {
            dated("/surgeries/" + i + "/date", p.surgeries().get(i).date(), birth);
        }
        for (int i = 0; i < p.health().labs().size(); i++) {
            LabResult lab = p.health().labs().get(i);
            dated("/health/labs/" + i + "/date", lab.date(), birth);
        }
        for (int i = 0; i < p.health().medicationList().size(); i++) {
            knownDrug("/health/medications/" + i, p.health().medicationList().get(i));
        }
        return List.copyOf(problems);
    }

    private void checkDisease(Disease d, LocalDate birth) {
        if (d == null) {
            add("/disease", "no disease section: the metastatic diagnosis date and sites are needed to plan");
            return;
        }
        dated("/disease/primaryDiagnosisDate", d.primaryDiagnosisDate(), birth);
        dated("/disease/metastaticDiagnosisDate", d.metastaticDiagnosisDate(), birth);
        if (d.primaryDiagnosisDate() != null && d.metastaticDiagnosisDate() != null
                && d.metastaticDiagnosisDate().isBefore(d.primaryDiagnosisDate())) {
            add("/disease/metastaticDiagnosisDate", "the metastatic diagnosis (" + d.metastaticDiagnosisDate()
                    + ") is before the primary diagnosis (" + d.primaryDiagnosisDate() + ")");
        }
        for (int i = 0; i < d.sites().size(); i++) {
            MetastaticSite s = d.sites().get(i);
            dated("/disease/sites/" + i + "/date", s.date(), birth);
        }
    }

    private void checkTreatments(Patient p, LocalDate birth) {
        Disease d = p.disease();
        boolean deNovo = d != null && Boolean.TRUE.equals(d.deNovoStageIV());
        LocalDate metastatic = d == null ? null : d.metastaticDiagnosisDate();
        for (int i = 0; i < p.treatments().size(); i++) {
            TreatmentCourse c = p.treatments().get(i);
            String at = "/treatments/" + i;
            dated(at + "/start", c.start(), birth);
            dated(at + "/end", c.end(), birth);
            if (c.start() != null && c.end() != null && c.end().isBefore(c.start())) {
                add(at + "/end", "the course ends (" + c.end() + ") before it starts (" + c.start() + ")");
            }
            for (int j = 0; j < c.drugs().size(); j++) {
                knownDrug(at + "/drugs/" + j, c.drugs().get(j));
            }
            boolean early = c.setting() == TherapySetting.ADJUVANT || c.setting() == TherapySetting.NEOADJUVANT;
            if (deNovo && early) {
                add(at + "/setting", "a " + c.setting().code() + " course is recorded for de novo stage IV disease");
            }
            if (c.setting() == TherapySetting.METASTATIC && metastatic != null && c.start() != null
                    && c.start().isBefore(metastatic)) {
                add(at + "/start", "a metastatic-setting course starts (" + c.start()
                        + ") before the metastatic diagnosis (" + metastatic + ")");
            }
        }
    }

    private void knownDrug(String pointer, String name) {
        if (!knownDrugs.contains(name)) {
            add(pointer, "unknown drug '" + name + "' (use the lowercase INN listed in knowledge/drugs.yaml)");
        }
    }

    private void dated(String pointer, LocalDate date, LocalDate birth) {
        notFuture(pointer, date);
        if (date != null && birth != null && date.isBefore(birth) && !pointer.equals("/person/birthDate")) {
            add(pointer, date + " is before the birth date (" + birth + ")");
        }
    }

    private void notFuture(String pointer, LocalDate date) {
        if (date != null && asOf != null && date.isAfter(asOf)) {
            add(pointer, date + " is after the as-of date " + asOf);
        }
    }

    private void add(String pointer, String message) {
        problems.add(tree.problem(pointer, message));
    }
}
