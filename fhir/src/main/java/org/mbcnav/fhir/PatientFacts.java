package org.mbcnav.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mbcnav.model.patient.Comorbidity;
import org.mbcnav.model.patient.Condition;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.LabResult;
import org.mbcnav.model.patient.MenopausalStatus;
import org.mbcnav.model.patient.MetastaticSite;
import org.mbcnav.model.patient.MsiResult;
import org.mbcnav.model.patient.PdL1Result;
import org.mbcnav.model.patient.Radiotherapy;
import org.mbcnav.model.patient.Sex;
import org.mbcnav.model.patient.Surgery;
import org.mbcnav.model.patient.TmbResult;

/**
 * What the mappers found, gathered while the bundle is read. The model records are immutable,
 * so facts are collected here first and assembled into a Patient at the end.
 */
final class PatientFacts {
    String id;
    Sex sex;
    LocalDate birthDate;
    Dated<MenopausalStatus> menopausal;
    Dated<Integer> ecog;
    Dated<Integer> karnofsky;

    final List<PrimaryCancer> primaries = new ArrayList<>();
    final List<MetastaticSite> sites = new ArrayList<>();
    final MetastaticEvidence evidence = new MetastaticEvidence();
    final Map<String, BiopsyDraft> biopsies = new LinkedHashMap<>();
    final List<GenomicResult> genomics = new ArrayList<>();
    final List<PdL1Result> pdl1 = new ArrayList<>();
    final List<MsiResult> msi = new ArrayList<>();
    final List<TmbResult> tmb = new ArrayList<>();
    final Map<Condition, Comorbidity> comorbidities = new LinkedHashMap<>();
    final List<LabResult> labs = new ArrayList<>();
    final List<MedicationUse> medications = new ArrayList<>();
    final Set<String> currentOtherMedications = new LinkedHashSet<>();
    final Set<String> allergies = new LinkedHashSet<>();
    final List<Radiotherapy> radiotherapy = new ArrayList<>();
    final List<Surgery> surgeries = new ArrayList<>();
    /** Progression events from CancerDiseaseStatus "worsened", dated. */
    final List<Progression> progressions = new ArrayList<>();

    record Progression(LocalDate date, String ref) {
    }
    /** Genes named in a GenomicRegionStudied, with the date and specimen of that study. */
    final List<GenomicRegion> regionsStudied = new ArrayList<>();
    /** Recorded facts mCODE has no element for, read from MBC Navigator's recorded-fact Observations. */
    /**
     * Whether the bundle says anything about comorbidities, other medications and allergies. A
     * bundle that is silent leaves them "not recorded" (unknown), never "none".
     */
    boolean comorbiditiesStated;
    boolean medicationsStated;
    boolean allergiesStated;
    Boolean visceralCrisis;
    Boolean measurableDisease;
    final List<org.mbcnav.model.patient.Symptom> symptoms = new ArrayList<>();
    Boolean ovarianSuppression;
    Boolean pregnant;
    Boolean oralOnly;
    Boolean avoidHairLoss;
    Boolean fewerVisits;
    String goalsOfCare;
    /** CTCAE grade of a comorbidity, by the reference of its Condition. */
    final Map<String, Integer> comorbidityGrades = new java.util.HashMap<>();
    /** The Condition each comorbidity was read from, to attach a grade recorded about it. */
    final Map<String, Condition> comorbidityRefs = new java.util.HashMap<>();

    /** A value with the date it was observed, so that the latest one wins. */
    record Dated<T>(T value, LocalDate date, String source) {
        boolean newerThan(Dated<?> other) {
            if (other == null) {
                return true;
            }
            if (date == null) {
                return false;
            }
            return other.date() == null || date.isAfter(other.date());
        }
    }

    /** The primary breast cancer condition. */
    record PrimaryCancer(String ref, LocalDate onset, String histology) {
    }

    /** Genes a report says were studied, used to record "not detected" for genes without a variant. */
    record GenomicRegion(String ref, List<String> genes, LocalDate date, org.mbcnav.model.patient.SpecimenType specimen) {
    }

    /** One specimen's receptor results, merged from several Observations on the same date and specimen. */
    BiopsyDraft biopsy(LocalDate date, String specimenKey) {
        String key = date + "|" + (specimenKey == null ? "" : specimenKey);
        return biopsies.computeIfAbsent(key, k -> new BiopsyDraft(date));
    }
}
