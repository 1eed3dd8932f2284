package org.mbcnav.fhirexport;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.Sex;

/**
 * A native patient as an mCODE-shaped FHIR R4 collection Bundle that the importer (fhir module)
 * reads back into the same patient, as far as FHIR can carry it: standard mCODE / LOINC / SNOMED
 * codes where they exist, and the few recorded facts mCODE has no element for (visceral crisis,
 * symptoms, preferences...) as Observations coded in MBC Navigator's recorded-fact system
 * (docs/fhir-export.md). Used for the round-trip test and to hand a patient to a FHIR system.
 */
public final class PatientToFhir {
    static final String BASE = MbcnavTerms.BASE + "/";
    static final String SNOMED = "http://snomed.info/sct";
    static final String LOINC = "http://loinc.org";
    static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String MCODE = "http://hl7.org/fhir/us/mcode/StructureDefinition/";

    private final FhirContext ctx;
    private final Function<String, Drug> drugs;

    /** drugs: the knowledge base's drug by INN (for RxNorm codes), or null when unknown. */
    public PatientToFhir(Function<String, Drug> drugs) {
        this(FhirContexts.r4(), drugs);
    }

    public PatientToFhir(FhirContext ctx, Function<String, Drug> drugs) {
        this.ctx = ctx;
        this.drugs = drugs;
    }

    public static PatientToFhir withDrugs(Map<String, Drug> byName) {
        return new PatientToFhir(byName::get);
    }

    public String toJson(Patient p) {
        return ctx.newJsonParser().setPrettyPrint(true).encodeResourceToString(toBundle(p)) + "\n";
    }

    public Bundle toBundle(Patient p) {
        String id = p.id() == null ? "patient" : p.id();
        Bundle b = new Bundle().setType(Bundle.BundleType.COLLECTION);
        Writer w = new Writer(b, new Reference("Patient/" + id));
        org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
        patient.setId(id);
        if (p.person() != null) {
            if (p.person().sex() == Sex.FEMALE) {
                patient.setGender(Enumerations.AdministrativeGender.FEMALE);
            } else if (p.person().sex() == Sex.MALE) {
                patient.setGender(Enumerations.AdministrativeGender.MALE);
            }
            if (p.person().birthDate() != null) {
                patient.setBirthDateElement(new DateType(p.person().birthDate().toString()));
            }
        }
        w.add("Patient", id, patient);
        new DiseaseWriter(w).write(p);
        new PersonWriter(w).write(p);
        new TumorWriter(w).write(p);
        new HealthWriter(w, drugs).write(p);
        new TreatmentWriter(w, drugs).write(p);
        return b;
    }

    /** Adds resources to the bundle with readable, unique ids and the patient as subject. */
    static final class Writer {
        private final Bundle bundle;
        final Reference subject;
        private int n;

        Writer(Bundle bundle, Reference subject) {
            this.bundle = bundle;
            this.subject = subject;
        }

        String add(String type, String id, Resource r) {
            String unique = id + "-" + (++n);
            r.setId(type.equals("Patient") ? id : unique);
            String rid = r.getIdElement().getIdPart();
            bundle.addEntry().setFullUrl(BASE + type + "/" + rid).setResource(r);
            return type + "/" + rid;
        }

        Observation observation(String system, String code, String display, LocalDate date) {
            Observation o = new Observation().setStatus(Observation.ObservationStatus.FINAL);
            o.setCode(new CodeableConcept(new Coding(system, code, display)).setText(display));
            o.setSubject(subject);
            if (date != null) {
                o.setEffective(new DateTimeType(date.toString()));
            }
            return o;
        }

        Observation recordedFact(String code, String display, LocalDate date) {
            return observation(MbcnavTerms.RECORDED_FACT, code, display, date);
        }

        Condition condition(CodeableConcept code, LocalDate onset) {
            Condition c = new Condition().setCode(code).setSubject(subject);
            if (onset != null) {
                c.setOnset(new DateTimeType(onset.toString()));
            }
            return c;
        }

        static CodeableConcept concept(String system, String code, String display) {
            return new CodeableConcept(new Coding(system, code, display)).setText(display);
        }

        static CodeableConcept text(String text) {
            return new CodeableConcept().setText(text);
        }
    }
}
