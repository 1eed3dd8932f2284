package org.mbcnav.fhir;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.mbcnav.model.patient.Condition;

/**
 * Comorbidities that change which treatments are safe, recognised by ICD-10-CM category or, for
 * SNOMED and text-only conditions, by the words of the display. No SNOMED codes for these
 * conditions were found in the sources we checked (standards doc, fixtures), so none are
 * hard-coded; a word match is always reported as a warning so that a person confirms it.
 */
final class ComorbidityTable {
    /** ICD-10-CM category prefixes (the 2024 ICD-10-CM tabular list); the longest prefix wins. */
    private static final Map<String, Condition> ICD10 = new LinkedHashMap<>();
    private static final Map<String, Condition> WORDS = new LinkedHashMap<>();

    static {
        ICD10.put("J84.1", Condition.INTERSTITIAL_LUNG_DISEASE);
        ICD10.put("E10", Condition.DIABETES_TYPE_1);
        ICD10.put("E11", Condition.DIABETES_TYPE_2);
        ICD10.put("R73.03", Condition.PREDIABETES);
        ICD10.put("I50", Condition.HEART_FAILURE);
        ICD10.put("I45.81", Condition.LONG_QT_SYNDROME);
        ICD10.put("I25", Condition.CORONARY_ARTERY_DISEASE);
        ICD10.put("I48", Condition.ARRHYTHMIA);
        ICD10.put("I47", Condition.ARRHYTHMIA);
        ICD10.put("M32", Condition.AUTOIMMUNE_DISEASE);
        ICD10.put("M05", Condition.AUTOIMMUNE_DISEASE);
        ICD10.put("M06", Condition.AUTOIMMUNE_DISEASE);
        ICD10.put("K50", Condition.AUTOIMMUNE_DISEASE);
        ICD10.put("K51", Condition.AUTOIMMUNE_DISEASE);
        ICD10.put("Z94", Condition.ORGAN_TRANSPLANT);
        ICD10.put("K74", Condition.LIVER_IMPAIRMENT);
        ICD10.put("N18", Condition.KIDNEY_IMPAIRMENT);
        ICD10.put("G62", Condition.PERIPHERAL_NEUROPATHY);
        ICD10.put("I26", Condition.VENOUS_THROMBOEMBOLISM);
        ICD10.put("I82", Condition.VENOUS_THROMBOEMBOLISM);
        ICD10.put("B18.0", Condition.HEPATITIS_B);
        ICD10.put("B18.1", Condition.HEPATITIS_B);
        ICD10.put("H16", Condition.KERATITIS);

        // Words, most specific first ("type 2 diabetes" before any plain "diabetes").
        WORDS.put("interstitial lung", Condition.INTERSTITIAL_LUNG_DISEASE);
        WORDS.put("pneumonitis", Condition.INTERSTITIAL_LUNG_DISEASE);
        WORDS.put("pulmonary fibrosis", Condition.INTERSTITIAL_LUNG_DISEASE);
        WORDS.put("prediabetes", Condition.PREDIABETES);
        WORDS.put("type 2 diabetes", Condition.DIABETES_TYPE_2);
        WORDS.put("diabetes mellitus type 2", Condition.DIABETES_TYPE_2);
        WORDS.put("type ii diabetes", Condition.DIABETES_TYPE_2);
        WORDS.put("type 1 diabetes", Condition.DIABETES_TYPE_1);
        WORDS.put("diabetes mellitus type 1", Condition.DIABETES_TYPE_1);
        WORDS.put("heart failure", Condition.HEART_FAILURE);
        WORDS.put("cardiac failure", Condition.HEART_FAILURE);
        WORDS.put("long qt", Condition.LONG_QT_SYNDROME);
        WORDS.put("coronary", Condition.CORONARY_ARTERY_DISEASE);
        WORDS.put("myocardial infarction", Condition.CORONARY_ARTERY_DISEASE);
        WORDS.put("atrial fibrillation", Condition.ARRHYTHMIA);
        WORDS.put("arrhythmia", Condition.ARRHYTHMIA);
        WORDS.put("lupus", Condition.AUTOIMMUNE_DISEASE);
        WORDS.put("rheumatoid arthritis", Condition.AUTOIMMUNE_DISEASE);
        WORDS.put("crohn", Condition.AUTOIMMUNE_DISEASE);
        WORDS.put("ulcerative colitis", Condition.AUTOIMMUNE_DISEASE);
        WORDS.put("autoimmune", Condition.AUTOIMMUNE_DISEASE);
        WORDS.put("transplant", Condition.ORGAN_TRANSPLANT);
        WORDS.put("cirrhosis", Condition.LIVER_IMPAIRMENT);
        WORDS.put("chronic kidney disease", Condition.KIDNEY_IMPAIRMENT);
        WORDS.put("renal failure", Condition.KIDNEY_IMPAIRMENT);
        WORDS.put("neuropathy", Condition.PERIPHERAL_NEUROPATHY);
        WORDS.put("venous thrombo", Condition.VENOUS_THROMBOEMBOLISM);
        WORDS.put("deep vein thrombosis", Condition.VENOUS_THROMBOEMBOLISM);
        WORDS.put("pulmonary embolism", Condition.VENOUS_THROMBOEMBOLISM);
        WORDS.put("dihydropyrimidine dehydrogenase", Condition.DPD_DEFICIENCY);
        WORDS.put("hepatitis b", Condition.HEPATITIS_B);
        WORDS.put("keratitis", Condition.KERATITIS);
        WORDS.put("osteonecrosis of jaw", Condition.OSTEONECROSIS_OF_JAW);
        WORDS.put("osteonecrosis of the jaw", Condition.OSTEONECROSIS_OF_JAW);
    }

    private ComorbidityTable() {
    }

    /** A match and whether it came from a code (true) or only from words (false). */
    record Match(Condition condition, boolean coded) {
    }

    static Optional<Match> lookup(Concept code) {
        Optional<String> own = code.code(Systems.MBCNAV_COMORBIDITY);
        if (own.isPresent()) {
            for (Condition c : Condition.values()) {
                if (c.code().equals(own.get())) {
                    return Optional.of(new Match(c, true));
                }
            }
        }
        Optional<String> icd = code.code(Systems.ICD10CM);
        if (icd.isPresent()) {
            String c = icd.get().toUpperCase();
            String best = null;
            for (String prefix : ICD10.keySet()) {
                if (c.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
                    best = prefix;
                }
            }
            if (best != null) {
                return Optional.of(new Match(ICD10.get(best), true));
            }
        }
        String words = code.words();
        // "Hypertensive heart disease without congestive heart failure" must not become heart
        // failure: negated wording is never read.
        if (words.contains("without") || words.startsWith("no ") || words.contains(" no ")) {
            return Optional.empty();
        }
        for (Map.Entry<String, Condition> e : WORDS.entrySet()) {
            if (words.contains(e.getKey())) {
                return Optional.of(new Match(e.getValue(), false));
            }
        }
        return Optional.empty();
    }
}
