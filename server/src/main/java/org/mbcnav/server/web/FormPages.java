package org.mbcnav.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mbcnav.io.LocatingReader;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.report.Html;
import org.mbcnav.server.api.ApiProblem;
import org.mbcnav.server.api.Audit;
import org.mbcnav.server.api.Caller;
import org.mbcnav.server.api.Clinical;
import org.mbcnav.server.api.Json;
import org.mbcnav.server.api.PatientPayload;
import org.mbcnav.store.Conflict;
import org.mbcnav.store.PatientStore;
import org.mbcnav.store.StoredPatient;

/** Creating and editing a patient by hand, and uploading a FHIR Bundle; each a new audited version. */
final class FormPages {
    private final PatientStore patients;
    private final Clinical clinical;
    private final Audit audit;
    private final Clock clock;

    FormPages(PatientStore patients, Clinical clinical, Audit audit, Clock clock) {
        this.patients = patients;
        this.clinical = clinical;
        this.audit = audit;
        this.clock = clock;
    }

    void newForm(Context ctx, WebSession s, Caller c) {
        Html h = new Html().el("h1", "New patient");
        h.el("p", "Fill in what is known. Leave a field empty when it is not recorded: unknown is not negative.");
        h.append(IntakeForm.render("/app/patients/new", s.csrf(), new IntakeForm.Values(Map.of(), List.of()), null,
                Map.of(), List.of(), true));
        Layout.send(ctx, 200, "New patient", s, h);
    }

    void create(Context ctx, WebSession s, Caller c) {
        submit(ctx, s, c, null, JsonNodeFactory.instance.objectNode(), 0);
    }

    void editForm(Context ctx, WebSession s, Caller c) {
        StoredPatient p = patients.get(ctx.pathParam("id")).orElse(null);
        if (p == null || !editable(ctx, s, p)) {
            return;
        }
        audit.record(c, "web.patient.edit-form", p.id(), "ok");
        Html h = new Html().el("h1", "Edit patient " + p.id());
        h.el("p", "Fields the form does not show (treatments, genomics, labs) are kept as they are.");
        h.append(IntakeForm.render("/app/patients/" + p.id() + "/edit", s.csrf(), IntakeForm.from(tree(p)), p.version(),
                Map.of(), List.of(), false));
        Layout.send(ctx, 200, "Edit " + p.id(), s, h);
    }

    void update(Context ctx, WebSession s, Caller c) {
        StoredPatient p = patients.get(ctx.pathParam("id")).orElse(null);
        if (p == null || !editable(ctx, s, p)) {
            return;
        }
        Integer version;
        try {
            version = Integer.valueOf(ctx.formParam("version"));
        } catch (NumberFormatException e) {
            version = null;
        }
        submit(ctx, s, c, p.id(), (ObjectNode) tree(p).deepCopy(), version);
    }

    private boolean editable(Context ctx, WebSession s, StoredPatient p) {
        if (tree(p).has("resourceType")) {
            Layout.send(ctx, 409, "Not editable", s, new Html().el("h1", "This record came from a FHIR bundle")
                    .el("p", "Upload a new bundle to change it, so that the record stays the one the source system sent."));
            return false;
        }
        return true;
    }

    private void submit(Context ctx, WebSession s, Caller c, String existingId, ObjectNode base, Integer expected) {
        Map<String, String> fields = new LinkedHashMap<>();
        IntakeForm.FIELDS.forEach(f -> fields.put(f.name(), ctx.formParam(f.name()) == null ? "" : ctx.formParam(f.name())));
        if (existingId != null) {
            fields.put("id", existingId);
        }
        IntakeForm.Values values = new IntakeForm.Values(fields, ctx.formParams("sites"));
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        ObjectNode doc = IntakeForm.apply(values, base, problems);
        String json = Json.write(doc);
        String action = existingId == null ? "web.patient.create" : "web.patient.update";
        Patient patient = null;
        try {
            PatientPayload payload = clinical.sources().parse("application/json", json);
            patient = clinical.sources().read(payload, LocalDate.now(clock));
        } catch (ApiProblem e) {
            for (ApiProblem.FieldError err : e.errors()) {
                String field = IntakeForm.fieldFor(err.pointer());
                if (field != null && !problems.containsKey(field)) {
                    problems.put(field, err.message());
                } else if (field == null) {
                    other.add((err.pointer() == null || err.pointer().isEmpty() ? "" : err.pointer() + ": ") + err.message());
                }
            }
            if (e.errors().isEmpty()) {
                other.add(e.getMessage());
            }
        }
        if (problems.isEmpty() && other.isEmpty() && patient != null) {
            try {
                StoredPatient saved = patients.save(patient.id(), json, "json", c.id(), expected);
                audit.record(c, action, saved.id(), "ok", "version=" + saved.version());
                ctx.redirect("/app/patients/" + saved.id());
                return;
            } catch (Conflict e) {
                audit.record(c, action, patient.id(), "conflict");
                if (existingId == null) {
                    problems.put("id", "A patient with this id already exists.");
                } else {
                    other.add("Someone else changed this record meanwhile (" + e.getMessage() + "). Reload and apply your changes again.");
                }
            }
        } else {
            audit.record(c, action, existingId, "invalid", "problems=" + (problems.size() + other.size()));
        }
        String title = existingId == null ? "New patient" : "Edit patient " + existingId;
        Html h = new Html().el("h1", title);
        h.append(IntakeForm.render(existingId == null ? "/app/patients/new" : "/app/patients/" + existingId + "/edit",
                s.csrf(), values, expected == null || expected == 0 ? null : expected, problems, other, existingId == null));
        Layout.send(ctx, 422, title, s, h);
    }

    void uploadForm(Context ctx, WebSession s, Caller c) {
        uploadPage(ctx, s, 200, null);
    }

    private void uploadPage(Context ctx, WebSession s, int status, List<String> errors) {
        Html h = new Html().el("h1", "Upload a FHIR bundle");
        h.el("p", "A FHIR R4 Bundle (JSON) with mCODE resources for one patient with metastatic breast cancer.");
        if (errors != null) {
            h.open("div", "class", "error-summary", "role", "alert", "id", "error-summary");
            h.el("h2", "The bundle cannot be used");
            h.open("ul");
            errors.forEach(e -> h.el("li", e));
            h.close("ul").close("div");
        }
        h.open("form", "method", "post", "action", "/app/upload", "enctype", "multipart/form-data", "class", "form");
        h.empty("input", "type", "hidden", "name", "csrf", "value", s.csrf());
        h.open("div", "class", "field");
        h.el("label", "Bundle file (.json)", "for", "bundle");
        h.empty("input", "type", "file", "id", "bundle", "name", "bundle", "accept", ".json,application/json,application/fhir+json",
                "required", "required", "aria-describedby", errors == null ? null : "error-summary");
        h.close("div");
        h.el("button", "Upload", "type", "submit");
        h.close("form");
        Layout.send(ctx, status, "Upload FHIR", s, h);
    }

    void upload(Context ctx, WebSession s, Caller c) throws IOException {
        UploadedFile file = ctx.uploadedFile("bundle");
        if (file == null) {
            uploadPage(ctx, s, 400, List.of("Choose a file to upload."));
            return;
        }
        String text;
        try (InputStream in = file.content()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Patient patient;
        try {
            PatientPayload payload = clinical.sources().parse("application/fhir+json", text);
            if (!payload.isFhir()) {
                uploadPage(ctx, s, 422, List.of("The file is not a FHIR resource (it has no resourceType)."));
                return;
            }
            patient = clinical.sources().read(payload, LocalDate.now(clock));
        } catch (ApiProblem e) {
            audit.record(c, "web.fhir.upload", null, "invalid");
            List<String> errors = new ArrayList<>();
            e.errors().forEach(err -> errors.add((err.line() == null ? "" : "line " + err.line() + ": ")
                    + (err.pointer() == null || err.pointer().isEmpty() ? "" : err.pointer() + ": ") + err.message()));
            if (errors.isEmpty()) {
                errors.add(e.getMessage());
            }
            uploadPage(ctx, s, 422, errors);
            return;
        }
        StoredPatient saved = patients.save(patient.id(), text, "json", c.id(), null);
        audit.record(c, "web.fhir.upload", saved.id(), "ok", "version=" + saved.version());
        ctx.redirect("/app/patients/" + saved.id());
    }

    private static JsonNode tree(StoredPatient p) {
        try {
            return new LocatingReader().read(p.document(), p.id()).root();
        } catch (org.mbcnav.io.InputException e) {
            return JsonNodeFactory.instance.objectNode();
        }
    }
}
