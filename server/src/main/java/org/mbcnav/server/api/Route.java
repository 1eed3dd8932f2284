package org.mbcnav.server.api;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * One REST endpoint: method, path (Javalin syntax, {param}), who may call it, and what it does.
 * The table of routes is the single truth that the server registers, the OpenAPI test checks,
 * and the authorization matrix test walks.
 */
public record Route(HandlerType method, String path, Set<Role> roles, Action action) {
    public Route {
        roles = Set.copyOf(roles);
    }

    /** A handler that knows its authenticated caller. */
    @FunctionalInterface
    public interface Action {
        void handle(Context ctx, Caller caller) throws Exception;
    }

    public static final Set<Role> STAFF = Set.of(Role.CLINICIAN, Role.ADMIN);
    public static final Set<Role> STAFF_AND_PATIENT = Set.of(Role.CLINICIAN, Role.ADMIN, Role.PATIENT);
    public static final Set<Role> ADMIN = Set.of(Role.ADMIN);
}
