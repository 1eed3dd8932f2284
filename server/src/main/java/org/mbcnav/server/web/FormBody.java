package org.mbcnav.server.web;

import io.javalin.http.Context;

/**
 * Whether a posted form can be read at all. Javalin parses the body on the first form access and
 * throws what Jetty's multipart parser throws (an IllegalStateException around a BadMessageException
 * for a control character in a part header, an IOException for a missing boundary): that is a
 * broken request, to be answered 400, not a server fault.
 */
final class FormBody {
    private FormBody() {
    }

    static boolean readable(Context ctx) {
        try {
            ctx.formParamMap();
            return true;
        } catch (Exception e) {
            // Exception, not RuntimeException: Javalin (Kotlin) passes Jetty's IOException on undeclared.
            return false;
        }
    }

    static void reject(Context ctx) {
        ctx.status(400).contentType("text/plain; charset=utf-8")
                .result("The form data could not be read. Reload the page and try again.");
    }
}
