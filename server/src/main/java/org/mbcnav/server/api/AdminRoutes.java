package org.mbcnav.server.api;

import static io.javalin.http.HandlerType.DELETE;
import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.mbcnav.server.guard.PathParams;
import org.mbcnav.store.AuditLog;
import org.mbcnav.store.AuditQuery;
import org.mbcnav.store.FeedbackStore;
import org.mbcnav.store.TokenStore;

/** Administration: API tokens, the audit log (query, export, verify) and CDS feedback export. */
public final class AdminRoutes {
    private final TokenStore tokens;
    private final TokenAuth auth;
    private final Audit audit;
    private final FeedbackStore feedback;

    public AdminRoutes(TokenStore tokens, TokenAuth auth, Audit audit, FeedbackStore feedback) {
        this.tokens = tokens;
        this.auth = auth;
        this.audit = audit;
        this.feedback = feedback;
    }

    public List<Route> routes() {
        return List.of(
                new Route(GET, "/api/tokens", Route.ADMIN, this::listTokens),
                new Route(POST, "/api/tokens", Route.ADMIN, this::issue),
                new Route(DELETE, "/api/tokens/{tokenId}", Route.ADMIN, this::revoke),
                new Route(GET, "/api/audit", Route.ADMIN, this::query),
                new Route(GET, "/api/audit/export", Route.ADMIN, this::export),
                new Route(GET, "/api/audit/verify", Route.ADMIN, this::verify),
                new Route(GET, "/api/cds-feedback", Route.ADMIN, this::feedback));
    }

    private void listTokens(Context ctx, Caller caller) {
        Json.send(ctx, 200, Map.of("items", tokens.list()));
    }

    private void issue(Context ctx, Caller caller) {
        JsonNode body = Json.body(ctx);
        String roleText = body.path("role").asText("");
        Role role;
        try {
            role = Role.parse(roleText);
        } catch (IllegalArgumentException e) {
            role = null;
        }
        if (role == null || role == Role.EHR) {
            throw ApiProblem.badRequest("/role", "role must be clinician, patient or admin");
        }
        String patientId = body.hasNonNull("patientId") ? body.get("patientId").asText() : null;
        if (role == Role.PATIENT && (patientId == null || patientId.isBlank())) {
            throw ApiProblem.badRequest("/patientId", "a patient token needs the patientId it may read");
        }
        if (role != Role.PATIENT && patientId != null) {
            throw ApiProblem.badRequest("/patientId", "only patient tokens are bound to a patient");
        }
        if (patientId != null && !PathParams.ID.matcher(patientId).matches()) {
            throw ApiProblem.badRequest("/patientId", "a patient id is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        String label = body.path("label").asText(role.wire());
        if (label.length() > 200) {
            throw ApiProblem.badRequest("/label", "label is limited to 200 characters");
        }
        TokenStore.Issued issued = tokens.issue(role.wire(), patientId, label);
        audit.record(caller, "token.issue", patientId, "ok", "token=" + issued.record().id() + " role=" + role.wire());
        Json.send(ctx, 201, Map.of("token", issued.token(), "record", issued.record()));
    }

    private void revoke(Context ctx, Caller caller) {
        String id = ctx.pathParam("tokenId");
        if (!tokens.revoke(id)) {
            throw ApiProblem.notFound("no live token '" + id + "'");
        }
        auth.forget();
        audit.record(caller, "token.revoke", null, "ok", "token=" + id);
        ctx.status(204);
    }

    private AuditQuery auditQuery(Context ctx, int defaultLimit, int maxLimit) {
        String patientId = ctx.queryParam("patientId");
        // The filter is written into the audit record of this read, so it must be an id that fits one.
        if (patientId != null && !PathParams.ID.matcher(patientId).matches()) {
            throw ApiProblem.badRequest("patientId", "a patient id is 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return new AuditQuery(patientId, ctx.queryParam("actor"), ctx.queryParam("action"),
                millis(ctx, "from"), millis(ctx, "to"), Params.intParam(ctx, "afterSeq", 0, 0, Integer.MAX_VALUE),
                Params.intParam(ctx, "limit", defaultLimit, 1, maxLimit));
    }

    private void query(Context ctx, Caller caller) {
        AuditQuery q = auditQuery(ctx, 100, 1000);
        var items = audit.log().query(q);
        audit.record(caller, "audit.read", q.patientId(), "ok", "results=" + items.size());
        Json.send(ctx, 200, Map.of("items", items));
    }

    private void export(Context ctx, Caller caller) throws IOException {
        AuditQuery q = auditQuery(ctx, Integer.MAX_VALUE, Integer.MAX_VALUE);
        audit.record(caller, "audit.export", q.patientId(), "ok");
        ctx.contentType("application/x-ndjson");
        ctx.header("Content-Disposition", "attachment; filename=\"audit.ndjson\"");
        OutputStream out = ctx.outputStream();
        audit.log().scan(q, r -> {
            try {
                out.write((Json.write(r) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }

    private void verify(Context ctx, Caller caller) {
        AuditLog.Verification v = audit.log().verify();
        audit.record(caller, "audit.verify", null, v.intact() ? "ok" : "broken");
        Json.send(ctx, 200, v);
    }

    private void feedback(Context ctx, Caller caller) {
        Json.send(ctx, 200, Map.of("items", feedback.all()));
    }

    private static Long millis(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return null;
        }
        try {
            return java.time.Instant.parse(v).toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiProblem.badRequest(name, name + " must be an instant such as 2026-03-01T00:00:00Z");
        }
    }
}
