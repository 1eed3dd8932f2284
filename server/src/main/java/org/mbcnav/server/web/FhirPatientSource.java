package org.mbcnav.server.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.mbcnav.fhir.FhirImportException;
import org.mbcnav.fhir.FhirPatientReader;
import org.mbcnav.fhir.ImportResult;
import org.mbcnav.fhir.KnowledgeDrugCodes;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.server.api.PatientPayload;
import org.mbcnav.server.api.PatientSource;

/**
 * A FHIR R4 Bundle (mCODE) read by the fhir module's importer, with medication codes resolved
 * through the knowledge base. A bundle that does not show metastatic disease is refused, as the
 * CLI does: MBC Navigator plans for stage IV only.
 */
public final class FhirPatientSource implements PatientSource {
    private final FhirPatientReader reader;

    public FhirPatientSource(Knowledge knowledge) {
        this.reader = new FhirPatientReader(new KnowledgeDrugCodes(knowledge));
    }

    @Override
    public String name() {
        return "fhir";
    }

    @Override
    public boolean accepts(PatientPayload payload) {
        return payload.isFhir();
    }

    @Override
    public Patient read(PatientPayload payload, LocalDate asOf) throws InputException {
        String file = payload.tree().file();
        ImportResult r;
        try {
            r = reader.read(payload.tree().root());
        } catch (FhirImportException e) {
            List<InputProblem> problems = new ArrayList<>();
            problems.add(new InputProblem(file, "", 0, 0, e.getMessage()));
            e.issues().stream().filter(i -> "error".equals(i.severity())).skip(1)
                    .forEach(i -> problems.add(new InputProblem(file, i.where(), 0, 0, i.what() + ": " + i.reason())));
            throw new InputException(problems);
        }
        if (!r.plannable()) {
            throw new InputException(List.of(new InputProblem(file, "", 0, 0,
                    "the bundle does not show metastatic (stage IV) disease; MBC Navigator plans for stage IV only. Evidence: "
                            + (r.metastatic().evidence().isEmpty() ? "none" : String.join("; ", r.metastatic().evidence())))));
        }
        return r.patient();
    }
}
