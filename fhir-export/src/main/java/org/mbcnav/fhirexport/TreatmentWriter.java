package org.mbcnav.fhirexport;

import java.util.function.Function;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Timing;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.Radiotherapy;
import org.mbcnav.model.patient.Surgery;
import org.mbcnav.model.patient.TherapySetting;
import org.mbcnav.model.patient.TreatmentCourse;

/**
 * Each course as one MedicationRequest per drug sharing a groupIdentifier (the course), with the
 * mCODE procedure intent (palliative for metastatic, curative for early), the course period as
 * dosage bounds and the stop reason as statusReason (TreatmentTerminationReasonVS); radiotherapy
 * and surgery as Procedures.
 */
final class TreatmentWriter {
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    static final String COURSE_SYSTEM = MbcnavTerms.BASE + "/treatment-course";
    static final String SETTING_EXTENSION = MbcnavTerms.BASE + "/StructureDefinition/therapy-setting";

    private final PatientToFhir.Writer w;
    private final Function<String, Drug> drugs;

    TreatmentWriter(PatientToFhir.Writer w, Function<String, Drug> drugs) {
        this.w = w;
        this.drugs = drugs;
    }

    void write(Patient p) {
        int n = 0;
        for (TreatmentCourse c : p.treatments()) {
            n++;
            for (String drug : c.drugs()) {
                MedicationRequest r = new MedicationRequest().setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
                r.setSubject(w.subject);
                r.setMedication(medication(drug, drugs.apply(drug)));
                r.setGroupIdentifier(new Identifier().setSystem(COURSE_SYSTEM).setValue("course-" + n));
                r.setStatus(c.end() == null ? MedicationRequest.MedicationRequestStatus.ACTIVE
                        : c.stopReason() == org.mbcnav.model.patient.StopReason.COMPLETED
                        ? MedicationRequest.MedicationRequestStatus.COMPLETED : MedicationRequest.MedicationRequestStatus.STOPPED);
                if (c.stopReason() != null) {
                    r.setStatusReason(switch (c.stopReason()) {
                        case PROGRESSION -> PatientToFhir.Writer.concept(PatientToFhir.SNOMED, "266721009", "No response to treatment");
                        case TOXICITY -> PatientToFhir.Writer.concept(PatientToFhir.SNOMED, "407563006", "Treatment not tolerated");
                        case COMPLETED -> PatientToFhir.Writer.concept(PatientToFhir.SNOMED, "182992009", "Treatment completed");
                        case PATIENT_CHOICE -> PatientToFhir.Writer.concept(PatientToFhir.SNOMED, "105480006", "Refusal of treatment by patient");
                        case OTHER -> PatientToFhir.Writer.text("other");
                    });
                }
                if (c.setting() != null) {
                    r.addExtension(PatientToFhir.MCODE + "mcode-procedure-intent", c.setting() == TherapySetting.METASTATIC
                            ? PatientToFhir.Writer.concept(PatientToFhir.SNOMED, "363676003", "Palliative")
                            : PatientToFhir.Writer.concept(PatientToFhir.SNOMED, "373808002", "Curative"));
                    r.addExtension(SETTING_EXTENSION, new CodeType(c.setting().code()));
                }
                Period bounds = new Period();
                if (c.start() != null) {
                    bounds.setStartElement(new DateTimeType(c.start().toString()));
                }
                if (c.end() != null) {
                    bounds.setEndElement(new DateTimeType(c.end().toString()));
                }
                r.addDosageInstruction().setTiming(new Timing().setRepeat(new Timing.TimingRepeatComponent().setBounds(bounds)));
                if (c.note() != null) {
                    r.addNote().setText(c.note());
                }
                w.add("MedicationRequest", "course-" + n + "-" + drug.replace(' ', '-'), r);
            }
        }
        for (Radiotherapy rt : p.radiotherapy()) {
            Procedure pr = procedure(PatientToFhir.Writer.concept(PatientToFhir.SNOMED, "1217123003", "Radiotherapy course of treatment"),
                    rt.intent());
            Period period = new Period();
            if (rt.start() != null) {
                period.setStartElement(new DateTimeType(rt.start().toString()));
            }
            if (rt.end() != null) {
                period.setEndElement(new DateTimeType(rt.end().toString()));
            }
            pr.setPerformed(period);
            if (rt.site() != null) {
                pr.addBodySite(PatientToFhir.Writer.text(rt.site()));
            }
            w.add("Procedure", "radiotherapy", pr);
        }
        for (Surgery s : p.surgeries()) {
            CodeableConcept code = new CodeableConcept(new Coding(PatientToFhir.SNOMED, "64368001", "Partial mastectomy"))
                    .setText(s.procedure());
            Procedure pr = procedure(code, s.intent());
            if (s.date() != null) {
                pr.setPerformed(new DateTimeType(s.date().toString()));
            }
            w.add("Procedure", "surgery", pr);
        }
    }

    private Procedure procedure(CodeableConcept code, String intent) {
        Procedure pr = new Procedure().setStatus(Procedure.ProcedureStatus.COMPLETED).setCode(code).setSubject(w.subject);
        if ("curative".equals(intent)) {
            pr.addExtension(PatientToFhir.MCODE + "mcode-procedure-intent", PatientToFhir.Writer.concept(PatientToFhir.SNOMED, "373808002", "Curative"));
        } else if ("palliative".equals(intent)) {
            pr.addExtension(PatientToFhir.MCODE + "mcode-procedure-intent", PatientToFhir.Writer.concept(PatientToFhir.SNOMED, "363676003", "Palliative"));
        }
        return pr;
    }

    static CodeableConcept medication(String name, Drug drug) {
        CodeableConcept c = new CodeableConcept().setText(name);
        if (drug != null && drug.rxnorm() != null) {
            c.addCoding(new Coding(RXNORM, drug.rxnorm(), name));
        }
        return c;
    }
}
