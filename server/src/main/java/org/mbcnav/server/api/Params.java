package org.mbcnav.server.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Query and path parameters, each checked, with the parameter named when it is wrong. */
public final class Params {
    private Params() {
    }

    public static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiProblem.badRequest(name, name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name, name + " must be a whole number");
        }
    }

    public static int intPath(Context ctx, String name) {
        try {
            return Integer.parseInt(ctx.pathParam(name));
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest(name, name + " must be a whole number");
        }
    }

    public static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(field, field + " must be a date as YYYY-MM-DD");
        }
    }

    /** The version an If-Match header names (quotes and W/ allowed); null without the header. */
    public static Integer ifMatch(Context ctx, String what) {
        String h = ctx.header("If-Match");
        if (h == null) {
            return null;
        }
        try {
            return Integer.parseInt(h.replace("\"", "").replace("W/", "").trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("If-Match", "If-Match must be " + what + ", e.g. \"3\"");
        }
    }
}
