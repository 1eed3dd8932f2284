package org.mbcnav.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mbcnav.fhirexport.FhirValidator;
import org.mbcnav.fhirexport.ValidationMessage;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;

/**
 * The --validate option: HAPI FHIR's R4 validator on a FHIR input file, before it is imported.
 * Errors stop with exit 2, each with its line and column; warnings and what the offline
 * validator could not check (external code systems, profiles) are printed and counted.
 */
final class FhirValidation {
    private FhirValidation() {
    }

    static void check(Path file, PrintWriter err) throws InputException {
        if (Files.isDirectory(file)) {
            err.println("note: --validate checks one FHIR file; the Bulk Data folder " + file + " is not validated");
            err.flush();
            return;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage());
        }
        if (!text.contains("\"resourceType\"")) {
            err.println("note: " + file + " is not FHIR; --validate applies to FHIR input only");
            err.flush();
            return;
        }
        List<ValidationMessage> messages = new FhirValidator().validate(text);
        List<ValidationMessage> notChecked = messages.stream().filter(ValidationMessage::notChecked).toList();
        List<ValidationMessage> errors = messages.stream().filter(ValidationMessage::error).toList();
        List<ValidationMessage> warnings = messages.stream().filter(m -> "warning".equals(m.severity()) && !m.notChecked()).toList();
        err.printf("FHIR R4 validation of %s (HAPI FHIR, offline): %d error(s), %d warning(s), %d element(s) not checked%n",
                file, errors.size(), warnings.size(), notChecked.size());
        warnings.forEach(m -> err.println("  " + file + location(m) + " warning: " + m.message()));
        notChecked.forEach(m -> err.println("  " + file + location(m) + " not checked: " + m.message()));
        err.flush();
        if (!errors.isEmpty()) {
            throw new InputException(errors.stream()
                    .map(m -> new InputProblem(file.toString(), m.location(), m.line(), m.column(), m.message())).toList());
        }
    }

    private static String location(ValidationMessage m) {
        return (m.line() > 0 ? ":" + m.line() + ":" + m.column() : "") + " " + m.location();
    }
}
