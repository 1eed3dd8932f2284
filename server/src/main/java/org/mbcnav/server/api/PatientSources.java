package org.mbcnav.server.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mbcnav.io.InputException;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.io.LocatingReader;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.server.guard.PathParams;

/**
 * The patient sources this server has, asked in order. Parsing the body once (JSON or YAML,
 * with positions) happens here, so every source sees the same tree.
 */
public final class PatientSources {
    private final List<PatientSource> sources;

    public PatientSources(List<PatientSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** Parses a request body of the given Content-Type; unknown media types are a 415. */
    public PatientPayload parse(String contentType, String text) {
        String media = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        if (!(media.equals("application/json") || media.endsWith("+json") || media.contains("yaml"))) {
            throw unsupported("send the patient as application/json or application/yaml (got '" + media + "')");
        }
        if (text.isBlank()) {
            throw ApiProblem.badRequest("", "the request body is empty; a patient document is expected");
        }
        try {
            LocatedTree tree = new LocatingReader().read(text, "request body");
            if (!tree.root().isObject()) {
                throw ApiProblem.badRequest("", "a patient document must be an object");
            }
            return new PatientPayload(media, text, tree);
        } catch (InputException e) {
            throw Problems.invalidInput(e);
        }
    }

    /** The first source that accepts the payload. */
    public Optional<PatientSource> find(PatientPayload payload) {
        return sources.stream().filter(s -> s.accepts(payload)).findFirst();
    }

    /** Reads with the first accepting source; FHIR without a FHIR source is a 415. */
    public Patient read(PatientPayload payload, LocalDate asOf) {
        PatientSource source = find(payload).orElseThrow(() -> unsupported(payload.isFhir()
                ? "FHIR input cannot be read by this server yet; send the native patient format (docs/patient-format.md)"
                : "no reader accepts this input"));
        Patient patient;
        try {
            patient = source.read(payload, asOf);
        } catch (InputException e) {
            throw Problems.invalidInput(e);
        }
        // The native schema checks its ids; a FHIR Patient.id is only reduced to safe characters,
        // so its length is checked here, for every source alike.
        if (patient.id() == null || !PathParams.ID.matcher(patient.id()).matches()) {
            String message = "the patient id must be 1 to 64 letters, digits, '.', '_' or '-'";
            throw new ApiProblem(422, "invalid-patient", "The patient cannot be used", message,
                    List.of(new ApiProblem.FieldError("/id", null, null, message)));
        }
        return patient;
    }

    private static ApiProblem unsupported(String detail) {
        return ApiProblem.of(415, "unsupported-media-type", "Unsupported patient format", detail);
    }
}
