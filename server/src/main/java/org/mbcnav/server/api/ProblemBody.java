package org.mbcnav.server.api;

import java.util.List;

/**
 * The RFC 9457 document. type is a relative URI resolved against the server (documented in
 * docs/api.md); errors is an extension member listing every field problem.
 */
public record ProblemBody(String type, String title, int status, String detail, String instance,
                          List<ApiProblem.FieldError> errors) {

    public static ProblemBody of(ApiProblem p, String instance) {
        return new ProblemBody("/problems/" + p.type(), p.title(), p.status(), p.getMessage(), instance,
                p.errors().isEmpty() ? null : p.errors());
    }
}
