package org.mbcnav.model.knowledge;

import java.util.List;

/**
 * One eligibility or exclusion condition from knowledge/, as data. Each kind is named after the
 * YAML key that writes it (see docs/knowledge-format.md); the engine has one evaluator per kind.
 */
public sealed interface Criterion {

    /** The YAML key this criterion is written with; used in traces and coverage reports. */
    String key();

    record HormoneReceptor(boolean positive) implements Criterion {
        public String key() { return "hormoneReceptor"; }
    }

    record ErLow(boolean value) implements Criterion {
        public String key() { return "erLow"; }
    }

    record Her2(List<String> categories) implements Criterion {
        public String key() { return "her2"; }
    }

    record Subtype(List<String> subtypes) implements Criterion {
        public String key() { return "subtype"; }
    }

    record Line(Integer min, Integer max) implements Criterion {
        public String key() { return "line"; }
    }

    /** setting: metastatic | early | any; progression: null = either. */
    record PriorClass(String drugClass, String setting, Boolean progression) implements Criterion {
        public String key() { return "priorClass"; }
    }

    record PriorDrug(String drug, String setting, Boolean progression) implements Criterion {
        public String key() { return "priorDrug"; }
    }

    /** drugClass null = all metastatic lines. */
    record PriorLines(String drugClass, Integer min, Integer max) implements Criterion {
        public String key() { return "priorLines"; }
    }

    record EndocrineSensitivity(List<String> values) implements Criterion {
        public String key() { return "endocrineSensitivity"; }
    }

    record RelapseAfterAdjuvant(String drugClass, int withinMonths) implements Criterion {
        public String key() { return "relapseAfterAdjuvant"; }
    }

    record DiseaseFreeInterval(Integer minMonths, Integer maxMonths) implements Criterion {
        public String key() { return "diseaseFreeInterval"; }
    }

    record DeNovo(boolean value) implements Criterion {
        public String key() { return "deNovo"; }
    }

    /** status: detected | not-detected; origin: germline | somatic | any; specimen: tissue | ctdna | any. */
    record Biomarker(List<String> genes, String status, String origin, String specimen, String alteration,
                     String freshness) implements Criterion {
        public String key() { return "biomarker"; }
    }

    record AlterationType(List<String> genes, String type) implements Criterion {
        public String key() { return "alterationType"; }
    }

    record PdL1(String assay, Double cpsMin, Double icMin) implements Criterion {
        public String key() { return "pdl1"; }
    }

    record Msi(String value) implements Criterion {
        public String key() { return "msi"; }
    }

    record Tmb(double min) implements Criterion {
        public String key() { return "tmb"; }
    }

    record SexIs(String sex) implements Criterion {
        public String key() { return "sex"; }
    }

    record Menopause(List<String> statuses) implements Criterion {
        public String key() { return "menopause"; }
    }

    record OvarianSuppression(boolean value) implements Criterion {
        public String key() { return "ovarianSuppression"; }
    }

    record NeedsOvarianSuppression(boolean value) implements Criterion {
        public String key() { return "needsOvarianSuppression"; }
    }

    record Age(Integer min, Integer max) implements Criterion {
        public String key() { return "age"; }
    }

    record Ecog(Integer min, Integer max) implements Criterion {
        public String key() { return "ecog"; }
    }

    record VisceralCrisis(boolean value) implements Criterion {
        public String key() { return "visceralCrisis"; }
    }

    record MetastaticSite(List<String> sites) implements Criterion {
        public String key() { return "metastaticSite"; }
    }

    record BrainMetastases(List<String> statuses) implements Criterion {
        public String key() { return "brainMetastases"; }
    }

    record BoneOnly(boolean value) implements Criterion {
        public String key() { return "boneOnly"; }
    }

    record MeasurableDisease(boolean value) implements Criterion {
        public String key() { return "measurableDisease"; }
    }

    record SymptomPresent(List<String> symptoms) implements Criterion {
        public String key() { return "symptom"; }
    }

    /** op: one of < <= > >=. */
    record Lab(String test, String op, double value) implements Criterion {
        public String key() { return "lab"; }
    }

    record Comorbidity(String condition, Integer minGrade) implements Criterion {
        public String key() { return "comorbidity"; }
    }

    record MedicationClass(String drugClass) implements Criterion {
        public String key() { return "medicationClass"; }
    }

    record Pregnant(boolean value) implements Criterion {
        public String key() { return "pregnant"; }
    }

    record Preference(String preference) implements Criterion {
        public String key() { return "preference"; }
    }

    record AllOf(List<Criterion> criteria) implements Criterion {
        public String key() { return "allOf"; }
    }

    record AnyOf(List<Criterion> criteria) implements Criterion {
        public String key() { return "anyOf"; }
    }

    record Not(Criterion criterion) implements Criterion {
        public String key() { return "not"; }
    }
}
