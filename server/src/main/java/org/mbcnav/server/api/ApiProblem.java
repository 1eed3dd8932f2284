package org.mbcnav.server.api;

import java.util.List;

/**
 * A failure reported to the client as RFC 9457 problem details: a status, a short title, a
 * detail sentence, and for bad input every problem with its field (JSON pointer) and position.
 */
public final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One problem in the request, named by field. */
    public record FieldError(String pointer, Integer line, Integer column, String message) {
    }

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldError> errors;

    public ApiProblem(int status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem of(int status, String type, String title, String detail) {
        return new ApiProblem(status, type, title, detail, List.of());
    }

    public static ApiProblem badRequest(String pointer, String message) {
        return new ApiProblem(400, "invalid-request", "The request is not valid", message,
                List.of(new FieldError(pointer, null, null, message)));
    }

    public static ApiProblem notFound(String what) {
        return of(404, "not-found", "Not found", what);
    }

    public static ApiProblem forbidden(String why) {
        return of(403, "forbidden", "Forbidden", why);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
