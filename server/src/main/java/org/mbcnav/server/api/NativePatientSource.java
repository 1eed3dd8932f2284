package org.mbcnav.server.api;

import java.time.LocalDate;
import java.util.Set;
import org.mbcnav.io.InputException;
import org.mbcnav.io.PatientReader;
import org.mbcnav.model.patient.Patient;

/** The native patient format (JSON or YAML, docs/patient-format.md), read by io's PatientReader. */
public final class NativePatientSource implements PatientSource {
    private final PatientReader reader;

    public NativePatientSource(Set<String> knownDrugs) {
        this.reader = new PatientReader(knownDrugs);
    }

    @Override
    public String name() {
        return "native";
    }

    @Override
    public boolean accepts(PatientPayload payload) {
        return !payload.isFhir();
    }

    @Override
    public Patient read(PatientPayload payload, LocalDate asOf) throws InputException {
        return reader.read(payload.tree(), asOf);
    }
}
