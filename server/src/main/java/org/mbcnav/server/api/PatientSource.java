package org.mbcnav.server.api;

import java.time.LocalDate;
import org.mbcnav.io.InputException;
import org.mbcnav.model.patient.Patient;

/**
 * Where a patient can be read from. The native reader is one source; a FHIR reader (mCODE
 * Bundle) plugs in as another, and then REST uploads and CDS Hooks prefetch accept FHIR with no
 * other change.
 */
public interface PatientSource {
    /** Short name for messages: "native", "fhir". */
    String name();

    /** Whether this source reads the payload (by media type and content). */
    boolean accepts(PatientPayload payload);

    /** Reads and checks the patient; every problem carries its field and position. */
    Patient read(PatientPayload payload, LocalDate asOf) throws InputException;
}
