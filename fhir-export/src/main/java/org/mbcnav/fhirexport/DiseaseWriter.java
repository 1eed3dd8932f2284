package org.mbcnav.fhirexport;

import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.mbcnav.model.patient.Disease;
import org.mbcnav.model.patient.MetastaticSite;
import org.mbcnav.model.patient.MetastaticSiteType;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.Symptom;

/**
 * The primary breast cancer (mCODE PrimaryCancerCondition, SNOMED 254837009, with histology),
 * each metastasis as a SecondaryCancerCondition, stage IV at diagnosis as a TNM stage group, and
 * the clinician-asserted facts mCODE has no element for as recorded-fact Observations.
 */
final class DiseaseWriter {
    /** SNOMED "secondary malignant neoplasm of ..." disorders (standards doc §1.3). */
    private static final Map<MetastaticSiteType, String[]> SNOMED_SITES = Map.of(
            MetastaticSiteType.BONE, new String[] {"94222008", "Secondary malignant neoplasm of bone"},
            MetastaticSiteType.LIVER, new String[] {"94381002", "Secondary malignant neoplasm of liver"},
            MetastaticSiteType.LUNG, new String[] {"94391008", "Secondary malignant neoplasm of lung"},
            MetastaticSiteType.BRAIN, new String[] {"94225005", "Secondary malignant neoplasm of brain"},
            MetastaticSiteType.LYMPH_NODE, new String[] {"94392001", "Secondary malignant neoplasm of lymph node"},
            MetastaticSiteType.PLEURA, new String[] {"94493005", "Secondary malignant neoplasm of pleura"},
            MetastaticSiteType.SKIN, new String[] {"94579000", "Secondary malignant neoplasm of skin"},
            MetastaticSiteType.CHEST_WALL, new String[] {"94253005", "Secondary malignant neoplasm of chest wall"});
    /** ICD-10-CM secondary neoplasm codes for sites without a SNOMED disorder in the importer's table. */
    private static final Map<MetastaticSiteType, String[]> ICD_SITES = Map.of(
            MetastaticSiteType.PERITONEUM, new String[] {"C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum"},
            MetastaticSiteType.ADRENAL, new String[] {"C79.7", "Secondary malignant neoplasm of adrenal gland"},
            MetastaticSiteType.OVARY, new String[] {"C79.6", "Secondary malignant neoplasm of ovary"},
            MetastaticSiteType.LEPTOMENINGEAL, new String[] {"C79.32", "Secondary malignant neoplasm of cerebral meninges"},
            MetastaticSiteType.BONE_MARROW, new String[] {"C79.52", "Secondary malignant neoplasm of bone marrow"});

    private final PatientToFhir.Writer w;

    DiseaseWriter(PatientToFhir.Writer w) {
        this.w = w;
    }

    void write(Patient p) {
        Disease d = p.disease();
        Condition primary = w.condition(PatientToFhir.Writer.concept(PatientToFhir.SNOMED, "254837009", "Malignant neoplasm of breast"),
                d == null ? null : d.primaryDiagnosisDate());
        primary.getMeta().addProfile(PatientToFhir.MCODE + "mcode-primary-cancer-condition");
        primary.setClinicalStatus(PatientToFhir.Writer.concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", "Active"));
        if (p.tumor().histology() != null) {
            primary.addExtension(PatientToFhir.MCODE + "mcode-histology-morphology-behavior",
                    PatientToFhir.Writer.text(p.tumor().histology()));
        }
        w.add("Condition", "primary", primary);
        if (d == null) {
            return;
        }
        if (Boolean.TRUE.equals(d.deNovoStageIV())) {
            Observation stage = w.observation(PatientToFhir.SNOMED, "399537006", "Clinical TNM stage grouping", d.primaryDiagnosisDate());
            stage.setValue(PatientToFhir.Writer.concept(PatientToFhir.SNOMED, "1222837003", "AJCC stage group IV"));
            w.add("Observation", "stage-group", stage);
        }
        for (MetastaticSite s : d.sites()) {
            Condition c = w.condition(siteCode(s.site()), s.date());
            c.getMeta().addProfile(PatientToFhir.MCODE + "mcode-secondary-cancer-condition");
            if (s.status() != null) {
                c.addExtension(MbcnavTerms.BASE + "/StructureDefinition/site-status", new CodeType(s.status().code()));
            }
            if (s.symptomatic() != null) {
                c.addExtension(MbcnavTerms.BASE + "/StructureDefinition/site-symptomatic", new BooleanType(s.symptomatic()));
            }
            w.add("Condition", "metastasis-" + s.site().code(), c);
        }
        fact("visceral-crisis", "Visceral crisis", d.visceralCrisis());
        fact("measurable-disease", "Measurable disease (RECIST 1.1)", d.measurableDisease());
        for (Symptom s : d.symptoms()) {
            Observation o = w.recordedFact("symptom", "Disease-related symptom", null);
            o.setValue(PatientToFhir.Writer.concept(MbcnavTerms.RECORDED_FACT + "-symptom", s.code(), s.code()));
            w.add("Observation", "symptom", o);
        }
    }

    private void fact(String code, String display, Boolean value) {
        if (value != null) {
            w.add("Observation", code, w.recordedFact(code, display, null).setValue(new BooleanType(value)));
        }
    }

    static CodeableConcept siteCode(MetastaticSiteType site) {
        String[] snomed = SNOMED_SITES.get(site);
        if (snomed != null) {
            return PatientToFhir.Writer.concept(PatientToFhir.SNOMED, snomed[0], snomed[1]);
        }
        String[] icd = ICD_SITES.get(site);
        if (icd != null) {
            return PatientToFhir.Writer.concept(PatientToFhir.ICD10CM, icd[0], icd[1]);
        }
        // Soft tissue and other sites: the generic secondary-neoplasm disorder, the site in words.
        return new CodeableConcept(new Coding(PatientToFhir.SNOMED, "128462008", "Secondary malignant neoplastic disease"))
                .setText("Secondary malignant neoplasm of " + site.code().replace('-', ' '));
    }
}
