package org.mbcnav.fhirexport;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.patient.Comorbidity;
import org.mbcnav.model.patient.LabResult;
import org.mbcnav.model.patient.LabTest;
import org.mbcnav.model.patient.Patient;

/**
 * Comorbidities as Conditions (ICD-10-CM category where the importer's table has one, and always
 * MBC Navigator's condition code), labs by LOINC in the model's unit with the upper limit as the
 * reference range, current medications as active MedicationStatements, and allergies.
 */
final class HealthWriter {
    static final String CONDITION_SYSTEM = MbcnavTerms.BASE + "/CodeSystem/comorbidity";
    private static final Map<org.mbcnav.model.patient.Condition, String> ICD = new EnumMap<>(org.mbcnav.model.patient.Condition.class);
    private static final Map<LabTest, String> LOINC = new EnumMap<>(LabTest.class);

    static {
        ICD.put(org.mbcnav.model.patient.Condition.INTERSTITIAL_LUNG_DISEASE, "J84.10");
        ICD.put(org.mbcnav.model.patient.Condition.DIABETES_TYPE_1, "E10.9");
        ICD.put(org.mbcnav.model.patient.Condition.DIABETES_TYPE_2, "E11.9");
        ICD.put(org.mbcnav.model.patient.Condition.PREDIABETES, "R73.03");
        ICD.put(org.mbcnav.model.patient.Condition.HEART_FAILURE, "I50.9");
        ICD.put(org.mbcnav.model.patient.Condition.LONG_QT_SYNDROME, "I45.81");
        ICD.put(org.mbcnav.model.patient.Condition.CORONARY_ARTERY_DISEASE, "I25.10");
        ICD.put(org.mbcnav.model.patient.Condition.ARRHYTHMIA, "I49.9");
        ICD.put(org.mbcnav.model.patient.Condition.ORGAN_TRANSPLANT, "Z94.9");
        ICD.put(org.mbcnav.model.patient.Condition.KIDNEY_IMPAIRMENT, "N18.9");
        ICD.put(org.mbcnav.model.patient.Condition.PERIPHERAL_NEUROPATHY, "G62.9");
        ICD.put(org.mbcnav.model.patient.Condition.HEPATITIS_B, "B18.1");
        LOINC.put(LabTest.LVEF, "10230-1");
        LOINC.put(LabTest.BILIRUBIN, "1975-2");
        LOINC.put(LabTest.ALT, "1742-6");
        LOINC.put(LabTest.AST, "1920-8");
        LOINC.put(LabTest.CREATININE, "2160-0");
        LOINC.put(LabTest.CREATININE_CLEARANCE, "2164-2");
        LOINC.put(LabTest.HBA1C, "4548-4");
        LOINC.put(LabTest.FASTING_GLUCOSE, "1558-6");
        LOINC.put(LabTest.ANC, "751-8");
        LOINC.put(LabTest.PLATELETS, "777-3");
        LOINC.put(LabTest.HEMOGLOBIN, "718-7");
        LOINC.put(LabTest.QTCF, "76635-0");
        LOINC.put(LabTest.CALCIUM, "17861-6");
        LOINC.put(LabTest.POTASSIUM, "2823-3");
        LOINC.put(LabTest.MAGNESIUM, "19123-9");
    }

    private final PatientToFhir.Writer w;
    private final Function<String, Drug> drugs;

    HealthWriter(PatientToFhir.Writer w, Function<String, Drug> drugs) {
        this.w = w;
        this.drugs = drugs;
    }

    void write(Patient p) {
        // FHIR has no empty list: "recorded, none" is said explicitly, so that it is not read as unknown.
        noneRecorded(p.health().comorbidities(), "comorbidities");
        noneRecorded(p.health().medications(), "medications");
        noneRecorded(p.health().allergies(), "allergies");
        for (Comorbidity c : p.health().comorbidityList()) {
            CodeableConcept code = new CodeableConcept().setText(c.note() != null ? c.note() : c.condition().code().replace('-', ' '));
            String icd = ICD.get(c.condition());
            if (icd != null) {
                code.addCoding(new Coding(PatientToFhir.ICD10CM, icd, null));
            }
            code.addCoding(new Coding(CONDITION_SYSTEM, c.condition().code(), c.condition().code().replace('-', ' ')));
            Condition cond = w.condition(code, c.date());
            if (c.active() != null) {
                cond.setClinicalStatus(PatientToFhir.Writer.concept("http://terminology.hl7.org/CodeSystem/condition-clinical",
                        c.active() ? "active" : "resolved", c.active() ? "Active" : "Resolved"));
            }
            String ref = w.add("Condition", "comorbidity-" + c.condition().code(), cond);
            if (c.grade() != null) {
                Observation g = w.recordedFact("comorbidity-grade", "CTCAE grade of " + c.condition().code(), c.date());
                g.addFocus(new Reference(ref));
                w.add("Observation", "grade", g.setValue(new IntegerType(c.grade())));
            }
        }
        for (LabResult l : p.health().labs()) {
            Observation o = w.observation(PatientToFhir.LOINC, LOINC.get(l.test()), l.test().code(), l.date());
            o.setValue(new Quantity().setValue(l.value()).setUnit(l.test().unit()));
            if (l.uln() != null) {
                o.addReferenceRange().setHigh(new Quantity().setValue(l.uln()).setUnit(l.test().unit()));
            }
            w.add("Observation", "lab-" + l.test().code(), o);
        }
        for (String m : p.health().medicationList()) {
            MedicationStatement s = new MedicationStatement().setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
            s.setSubject(w.subject);
            s.setMedication(TreatmentWriter.medication(m, drugs.apply(m)));
            w.add("MedicationStatement", "medication", s);
        }
        if (p.health().allergies() != null) {
            for (String a : p.health().allergies()) {
                AllergyIntolerance ai = new AllergyIntolerance().setPatient(w.subject).setCode(PatientToFhir.Writer.text(a));
                ai.setClinicalStatus(PatientToFhir.Writer.concept("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                        "active", "Active"));
                w.add("AllergyIntolerance", "allergy", ai);
            }
        }
    }

    private void noneRecorded(java.util.List<?> list, String what) {
        if (list != null && list.isEmpty()) {
            w.add("Observation", "none-recorded-" + what, w.recordedFact("none-recorded", "Recorded: none", null)
                    .setValue(PatientToFhir.Writer.concept(MbcnavTerms.RECORDED_FACT + "-list", what, "no " + what)));
        }
    }
}
