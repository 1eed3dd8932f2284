package org.mbcnav.fhir;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.mbcnav.model.patient.Biomarkers;
import org.mbcnav.model.patient.Biopsy;
import org.mbcnav.model.patient.Comorbidity;
import org.mbcnav.model.patient.Condition;
import org.mbcnav.model.patient.Preferences;
import org.mbcnav.model.patient.Disease;
import org.mbcnav.model.patient.GenomicResult;
import org.mbcnav.model.patient.Health;
import org.mbcnav.model.patient.LabResult;
import org.mbcnav.model.patient.MetastaticSite;
import org.mbcnav.model.patient.MetastaticSiteType;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.Person;
import org.mbcnav.model.patient.Surgery;
import org.mbcnav.model.patient.TreatmentCourse;
import org.mbcnav.model.patient.Tumor;
import org.mbcnav.model.patient.VariantResult;

/**
 * Turns the gathered facts into the model's Patient: decides the disease course (de novo or
 * recurrence, metastatic diagnosis date, sites), groups medications into courses and orders
 * every list by date.
 */
final class PatientAssembler {
    /**
     * Metastasis found within this many days of the primary diagnosis counts as present at
     * diagnosis (de novo): the AJCC clinical-staging window of four months [verify the exact
     * AJCC wording before changing it].
     */
    static final int DE_NOVO_WINDOW_DAYS = 120;

    record Assembled(Patient patient, MetastaticStatus status) {
    }

    Assembled assemble(PatientFacts f, IssueLog log) {
        LocalDate primaryDate = f.primaries.stream().map(PatientFacts.PrimaryCancer::onset).filter(d -> d != null)
                .min(LocalDate::compareTo).orElse(null);
        if (f.primaries.size() > 1) {
            log.info("Bundle", f.primaries.size() + " breast cancer conditions", "the earliest onset is used as the primary diagnosis date");
        }
        String histology = f.primaries.stream().map(PatientFacts.PrimaryCancer::histology).filter(h -> h != null).findFirst().orElse(null);
        MetastaticStatus status = f.evidence.status();
        Boolean deNovo = null;
        LocalDate metastaticDate = null;
        if (status.verdict() == MetastaticStatus.Verdict.NOT_METASTATIC) {
            deNovo = false;
            log.error("Bundle", "metastatic status", "no evidence of metastatic disease and "
                    + String.join("; ", status.evidence()) + ": not metastatic; not planned");
        } else if (status.verdict() == MetastaticStatus.Verdict.UNKNOWN) {
            log.warning("Bundle", "metastatic status", "nothing in the bundle says whether the cancer is metastatic (no stage group,"
                    + " M category or secondary cancer condition)");
        } else {
            LocalDate earliest = f.evidence.earliestDate().orElse(null);
            if (f.evidence.anyAtDiagnosis()) {
                deNovo = true;
            } else if (earliest != null && primaryDate != null) {
                deNovo = ChronoUnit.DAYS.between(primaryDate, earliest) <= DE_NOVO_WINDOW_DAYS;
            } else {
                log.warning("Bundle", "deNovoStageIV", "metastatic, but without dates to tell de novo stage IV from recurrence");
            }
            metastaticDate = Boolean.TRUE.equals(deNovo) && primaryDate != null
                    ? (earliest != null && earliest.isBefore(primaryDate) ? earliest : primaryDate) : earliest;
            if (metastaticDate == null) {
                log.warning("Bundle", "metastaticDiagnosisDate", "metastatic, but no date of the metastatic diagnosis is recorded");
            }
        }
        LocalDate firstSurgery = f.surgeries.stream().map(Surgery::date).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
        List<TreatmentCourse> courses = new TreatmentCourseBuilder().build(f.medications,
                new TreatmentCourseBuilder.Context(status.verdict() == MetastaticStatus.Verdict.NOT_METASTATIC, deNovo, metastaticDate,
                        firstSurgery), log);
        courses = ProgressionEvents.apply(courses, f.progressions, log);

        Disease disease = new Disease(primaryDate, deNovo, metastaticDate, sites(f.sites), f.visceralCrisis, f.symptoms,
                f.measurableDisease);
        Person person = new Person(f.sex, f.birthDate, value(f.menopausal), f.ovarianSuppression, value(f.ecog), value(f.karnofsky),
                f.pregnant);
        List<Biopsy> biopsies = f.biopsies.values().stream().filter(BiopsyDraft::hasResult).map(BiopsyDraft::toBiopsy)
                .sorted(Comparator.comparing(Biopsy::date, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
        List<LabResult> labs = new ArrayList<>(f.labs);
        labs.sort(Comparator.comparing(LabResult::date));
        List<Comorbidity> comorbidities = new ArrayList<>(f.comorbidities.values());
        f.comorbidityGrades.forEach((ref, grade) -> {
            Condition c = f.comorbidityRefs.get(ref);
            if (c == null) {
                log.warning(ref, "comorbidity grade", "the graded Condition is not a comorbidity the importer read; grade not used");
                return;
            }
            comorbidities.replaceAll(x -> x.condition() == c ? new Comorbidity(c, grade, x.active(), x.date(), x.note()) : x);
        });
        notStated(f.comorbiditiesStated, "comorbidities", log);
        notStated(f.medicationsStated, "current non-cancer medications", log);
        notStated(f.allergiesStated, "allergies", log);
        Health health = new Health(f.comorbiditiesStated ? comorbidities : null, labs,
                f.medicationsStated ? List.copyOf(f.currentOtherMedications) : null, f.allergiesStated ? List.copyOf(f.allergies) : null);
        Patient patient = new Patient(f.id, person, new Tumor(histology, biopsies), genomics(f, log),
                new Biomarkers(f.pdl1, f.msi, f.tmb), disease, courses, f.radiotherapy, f.surgeries, health, preferences(f));
        return new Assembled(patient, status);
    }

    private static void notStated(boolean stated, String what, IssueLog log) {
        if (!stated) {
            log.info("Bundle", what, "none recorded in the bundle: read as not recorded (unknown), not as none");
        }
    }

    private static Preferences preferences(PatientFacts f) {
        if (f.oralOnly == null && f.avoidHairLoss == null && f.fewerVisits == null && f.goalsOfCare == null) {
            return null;
        }
        return new Preferences(f.oralOnly, f.avoidHairLoss, f.fewerVisits, f.goalsOfCare);
    }

    private static <T> T value(PatientFacts.Dated<T> d) {
        return d == null ? null : d.value();
    }

    /** One entry per site, with the earliest date any source gives, in the order the bundle lists them. */
    private static List<MetastaticSite> sites(List<MetastaticSite> all) {
        Map<MetastaticSiteType, MetastaticSite> bySite = new java.util.LinkedHashMap<>();
        for (MetastaticSite s : all) {
            MetastaticSite old = bySite.get(s.site());
            if (old == null || (s.date() != null && (old.date() == null || s.date().isBefore(old.date())))) {
                bySite.put(s.site(), s);
            }
        }
        return List.copyOf(bySite.values());
    }

    /**
     * Variants as reported, plus "not detected" for each gene a GenomicRegionStudied names
     * without a variant: in Genomics Reporting, a studied region with no variant reported is the
     * negative result, and leaving it out would make a tested gene look untested.
     */
    private static List<GenomicResult> genomics(PatientFacts f, IssueLog log) {
        List<GenomicResult> out = new ArrayList<>(f.genomics);
        Set<String> withVariant = f.genomics.stream().map(GenomicResult::gene).collect(Collectors.toSet());
        for (PatientFacts.GenomicRegion region : f.regionsStudied) {
            List<String> negative = region.genes().stream().filter(g -> !withVariant.contains(g)).distinct().toList();
            for (String gene : negative) {
                out.add(new GenomicResult(gene, null, null, null, VariantResult.NOT_DETECTED, null, region.specimen(), region.date(), null, null));
            }
            if (!negative.isEmpty()) {
                log.info(region.ref(), String.join(", ", negative), "studied with no variant reported; recorded as not detected");
            }
        }
        return out;
    }
}
