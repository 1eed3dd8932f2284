package org.mbcnav.engine.state;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.Disease;
import org.mbcnav.model.patient.LabResult;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.Person;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.plan.Derivation;

/** Derives the ClinicalState of a patient at an as-of date. Pure: no clock, no I/O. */
public final class ClinicalStateDeriver {
    private final Knowledge k;
    private final boolean explained;

    public ClinicalStateDeriver(Knowledge k) {
        this(k, true);
    }

    /**
     * @param explained false for a state without derivation steps and flags (both empty), whose
     *                  sentences are then not built: every value is the same as with true
     */
    public ClinicalStateDeriver(Knowledge k, boolean explained) {
        this.k = k;
        this.explained = explained;
    }

    public ClinicalState derive(Patient p, LocalDate asOf) {
        Explanations x = new Explanations(explained);
        Person person = p.person();

        Integer age = person.birthDate() == null ? null : Period.between(person.birthDate(), asOf).getYears();
        Integer ecog = person.ecog();
        if (ecog == null && person.karnofsky() != null) {
            ecog = k.definitions().ecogFromKarnofsky(person.karnofsky());
            String value = String.valueOf(ecog);
            x.derivation(() -> new Derivation("ecog", value, "from Karnofsky " + person.karnofsky(), k.definitions().sources()));
        }

        var receptors = new ReceptorDerivation(k.definitions(), x).derive(p.tumor().biopsies());

        Disease d = p.disease();
        Boolean deNovo = d == null ? null : d.deNovoStageIV();
        LocalDate metastatic = d == null ? null : d.metastaticDiagnosisDate();
        if (metastatic == null) {
            x.flag(() -> "no metastatic diagnosis date recorded: time-based rules (endocrine resistance, disease-free interval) are unknown");
        }
        Integer dfi = diseaseFreeInterval(p, deNovo, metastatic, x);

        var history = new TreatmentHistory(k, x).derive(p.treatments(), metastatic);
        int nextLine = history.lines().size() + 1;
        boolean ongoing = !history.lines().isEmpty() && history.lines().get(history.lines().size() - 1).ongoing();
        x.derivation(() -> new Derivation("nextLine", String.valueOf(nextLine), ongoing
                ? "line " + (nextLine - 1) + " is ongoing; the options are for the next line, when it stops"
                : history.lines().size() + " metastatic line(s) completed", List.of()));
        if (p.treatments().isEmpty() && Boolean.FALSE.equals(deNovo)) {
            x.flag(() -> "recurrent disease with no treatment history recorded: prior therapy is assumed none");
        }

        String sensitivity = new EndocrineSensitivityDerivation(k.definitions(), x)
                .derive(receptors.hormoneReceptor(), deNovo, metastatic, history.exposures(), history.lines());

        Map<String, LabResult> labs = latestLabs(p.health().labs());
        Map<String, Set<String>> medClasses = new HashMap<>();
        for (String m : p.health().medicationList()) {
            medClasses.put(m, k.classesOf(m));
        }
        return new ClinicalState(p, asOf, age, ecog, receptors.hormoneReceptor(), receptors.erLow(), receptors.her2(),
                receptors.biopsyDate(), sensitivity, deNovo, metastatic, dfi, history.exposures(), history.lines(),
                nextLine, history.lastProgression(), labs, medClasses, x.flags(), x.derivations());
    }

    /** Months from the end of curative treatment (or the primary diagnosis) to metastatic relapse. */
    private Integer diseaseFreeInterval(Patient p, Boolean deNovo, LocalDate metastatic, Explanations x) {
        if (Boolean.TRUE.equals(deNovo) || metastatic == null || deNovo == null) {
            return null;
        }
        LocalDate end = null;
        for (TreatmentCourse c : p.treatments()) {
            boolean early = c.setting() == TherapySetting.ADJUVANT || c.setting() == TherapySetting.NEOADJUVANT;
            // Endocrine therapy continues for years after surgery; the interval counts from the end
            // of chemotherapy, surgery or radiotherapy, as trials such as KEYNOTE-355 defined it.
            if (early && c.end() != null && !c.end().isAfter(metastatic) && !isEndocrineOnly(c)
                    && (end == null || c.end().isAfter(end))) {
                end = c.end();
            }
        }
        for (var s : p.surgeries()) {
            if (s.date() != null && !s.date().isAfter(metastatic) && (end == null || s.date().isAfter(end))) {
                end = s.date();
            }
        }
        for (var r : p.radiotherapy()) {
            if (r.end() != null && "curative".equals(r.intent()) && !r.end().isAfter(metastatic)
                    && (end == null || r.end().isAfter(end))) {
                end = r.end();
            }
        }
        if (end == null && p.disease().primaryDiagnosisDate() != null) {
            end = p.disease().primaryDiagnosisDate();
        }
        if (end == null) {
            return null;
        }
        int months = (int) ChronoUnit.MONTHS.between(end, metastatic);
        LocalDate from = end;
        x.derivation(() -> new Derivation("diseaseFreeInterval", months + " months",
                "from the end of curative treatment (" + from + ") to metastatic relapse (" + metastatic + ")", List.of()));
        return months;
    }

    private boolean isEndocrineOnly(TreatmentCourse c) {
        return c.drugs().stream().allMatch(drug -> k.classesOf(drug).contains("endocrine-therapy")
                || k.classesOf(drug).contains("ovarian-suppression"));
    }

    private static Map<String, LabResult> latestLabs(List<LabResult> labs) {
        Map<String, LabResult> out = new HashMap<>();
        labs.stream()
                .sorted(Comparator.comparing(LabResult::date, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(l -> out.put(l.test().code(), l));
        return out;
    }
}
