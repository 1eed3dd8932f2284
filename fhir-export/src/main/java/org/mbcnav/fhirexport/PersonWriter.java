package org.mbcnav.fhirexport;

import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.StringType;
import org.mbcnav.model.patient.MenopausalStatus;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.model.patient.Person;
import org.mbcnav.model.patient.Preferences;

/** ECOG, Karnofsky and menopausal status as coded Observations; the rest as recorded facts. */
final class PersonWriter {
    private final PatientToFhir.Writer w;

    PersonWriter(PatientToFhir.Writer w) {
        this.w = w;
    }

    void write(Patient p) {
        Person person = p.person();
        if (person != null) {
            if (person.ecog() != null) {
                w.add("Observation", "ecog", w.observation(PatientToFhir.LOINC, "89247-1", "ECOG Performance Status score", null)
                        .setValue(new IntegerType(person.ecog())));
            }
            if (person.karnofsky() != null) {
                w.add("Observation", "karnofsky", w.observation(PatientToFhir.LOINC, "89243-0", "Karnofsky Performance Status score", null)
                        .setValue(new IntegerType(person.karnofsky())));
            }
            if (person.menopausalStatus() != null) {
                Observation o = w.observation(PatientToFhir.SNOMED, "161712005", "Menopause, function", null);
                o.setValue(switch (person.menopausalStatus()) {
                    case POSTMENOPAUSAL -> PatientToFhir.Writer.concept(PatientToFhir.SNOMED, "76498008", "Postmenopausal state");
                    case PREMENOPAUSAL -> PatientToFhir.Writer.concept(PatientToFhir.SNOMED, "22636003", "Premenopausal state");
                    // No SNOMED perimenopausal concept was confirmed (standards doc §1.8): words only.
                    case PERIMENOPAUSAL -> PatientToFhir.Writer.text(MenopausalStatus.PERIMENOPAUSAL.code());
                });
                w.add("Observation", "menopause", o);
            }
            bool("ovarian-suppression", "Ovarian function suppression", person.ovarianSuppression());
            bool("pregnant", "Pregnant", person.pregnant());
        }
        Preferences pref = p.preferences();
        bool("prefers-oral-only", "Prefers oral treatment only", pref.oralOnly());
        bool("prefers-avoid-hair-loss", "Prefers to avoid hair loss", pref.avoidHairLoss());
        bool("prefers-fewer-visits", "Prefers fewer clinic visits", pref.fewerVisits());
        if (pref.goalsOfCare() != null) {
            w.add("Observation", "goals-of-care", w.recordedFact("goals-of-care", "Goals of care", null)
                    .setValue(new StringType(pref.goalsOfCare())));
        }
    }

    private void bool(String code, String display, Boolean value) {
        if (value != null) {
            w.add("Observation", code, w.recordedFact(code, display, null).setValue(new BooleanType(value)));
        }
    }
}
