package org.mbcnav.server.guard;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/**
 * Every id the service makes or accepts (patient ids as the native format defines them, plan and
 * token ids, versions, knowledge kinds) is 1 to 64 letters, digits, '.', '_' or '-'. A path
 * parameter that is anything else names nothing that can exist, so it is answered 404 before any
 * lookup or audit record is made (an over-long id would not even fit the audit log's columns).
 */
public final class PathParams {
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private PathParams() {
    }

    public static boolean valid(Context ctx) {
        return ctx.pathParamMap().values().stream().allMatch(v -> ID.matcher(v).matches());
    }
}
