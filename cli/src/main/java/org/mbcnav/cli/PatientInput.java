package org.mbcnav.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.mbcnav.fhir.ImportResult;
import org.mbcnav.fhir.MetastaticStatus;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.io.LocatingReader;
import org.mbcnav.io.PatientReader;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.DataQualityIssue;
import org.mbcnav.model.patient.Patient;

/**
 * Reads a patient from a file, telling the native format from FHIR by content (a resourceType
 * field), never by the file name.
 */
final class PatientInput {
    record Loaded(Patient patient, List<DataQualityIssue> dataQuality) {
    }

    /** What the input gave before any decision to plan; metastatic is null for native input. */
    record Imported(Patient patient, List<DataQualityIssue> dataQuality, MetastaticStatus metastatic) {
    }

    private PatientInput() {
    }

    static Loaded read(Path file, LocalDate asOf, Knowledge k) throws InputException {
        return read(file, null, asOf, k);
    }

    /** patientId selects one patient from a FHIR Bulk Data export folder. */
    static Loaded read(Path file, String patientId, LocalDate asOf, Knowledge k) throws InputException {
        Imported i = load(file, patientId, asOf, k);
        if (i.metastatic() == null) {
            return new Loaded(i.patient(), i.dataQuality());
        }
        return FhirInput.plannable(file.toString(), new ImportResult(i.patient(), i.dataQuality(), i.metastatic()));
    }

    static Imported load(Path file, String patientId, LocalDate asOf, Knowledge k) throws InputException {
        if (!Files.exists(file)) {
            throw new UserError("no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            if (patientId == null) {
                throw new UserError(file + " is a folder: for a FHIR Bulk Data export give --patient ID");
            }
            return imported(FhirInput.importBulk(file, patientId, k));
        }
        String text;
        try {
            if (Files.size(file) > LocatingReader.MAX_CHARS) {
                throw new InputException(new InputProblem(file.toString(), "", 0, 0, "the file is "
                        + Files.size(file) + " bytes; the limit is " + LocatingReader.MAX_CHARS));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        }
        LocatedTree tree = new LocatingReader().read(text, file.toString());
        if (tree.root().has("resourceType")) {
            return imported(FhirInput.importBundle(tree, k));
        }
        return new Imported(new PatientReader(k.drugs().keySet()).read(tree, asOf), List.of(), null);
    }

    private static Imported imported(ImportResult r) {
        return new Imported(r.patient(), r.issues(), r.metastatic());
    }
}
