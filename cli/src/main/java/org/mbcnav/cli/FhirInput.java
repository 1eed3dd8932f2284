package org.mbcnav.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.mbcnav.fhir.BulkExportReader;
import org.mbcnav.fhir.BulkPatientResult;
import org.mbcnav.fhir.FhirImportException;
import org.mbcnav.fhir.FhirPatientReader;
import org.mbcnav.fhir.ImportResult;
import org.mbcnav.fhir.KnowledgeDrugCodes;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.DataQualityIssue;

/**
 * FHIR input (a Bundle, or a Bulk Data export folder with a patient id) through the one mCODE
 * importer. A bundle that does not show metastatic disease is not planned: MBC Navigator plans
 * for stage IV only.
 */
final class FhirInput {
    private FhirInput() {
    }

    static ImportResult importBundle(LocatedTree tree, Knowledge k) throws InputException {
        try {
            return new FhirPatientReader(new KnowledgeDrugCodes(k)).read(tree.root());
        } catch (FhirImportException e) {
            throw problems(tree.file(), e);
        }
    }

    static ImportResult importBulk(Path folder, String patientId, Knowledge k) throws InputException {
        AtomicReference<BulkPatientResult> found = new AtomicReference<>();
        new BulkExportReader(new KnowledgeDrugCodes(k)).readPatient(folder, patientId, found::set);
        BulkPatientResult r = found.get();
        if (r == null) {
            throw new UserError("no patient with id '" + patientId + "' in " + folder);
        }
        if (!r.imported()) {
            throw problems(folder.toString(), r.failure());
        }
        return r.result();
    }

    static PatientInput.Loaded plannable(String file, ImportResult r) throws InputException {
        if (!r.plannable()) {
            List<InputProblem> problems = new ArrayList<>();
            problems.add(new InputProblem(file, "", 0, 0, "the record does not show metastatic (stage IV) disease ("
                    + r.metastatic().verdict().name().toLowerCase().replace('_', ' ') + "); not planned. Evidence: "
                    + (r.metastatic().evidence().isEmpty() ? "none" : String.join("; ", r.metastatic().evidence()))));
            throw new InputException(problems);
        }
        return new PatientInput.Loaded(r.patient(), r.issues());
    }

    private static InputException problems(String file, FhirImportException e) {
        List<InputProblem> problems = new ArrayList<>();
        problems.add(new InputProblem(file, "", 0, 0, e.getMessage()));
        for (DataQualityIssue i : e.issues()) {
            // The first error is already the message.
            if ("error".equals(i.severity()) && !e.getMessage().startsWith(i.where() + ": " + i.what() + ": " + i.reason())) {
                problems.add(new InputProblem(file, i.where(), 0, 0, i.what() + ": " + i.reason()));
            }
        }
        return new InputException(problems);
    }
}
