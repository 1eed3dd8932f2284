package org.mbcnav.server.guard;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import org.mbcnav.server.api.ApiProblem;

/**
 * Refuses hostile request bodies before anything reads them: a declared length over the limit is
 * a 413 at once; a body without a declared length (chunked) is a 411, because Javalin checks its
 * limit against the declared length only and would read a chunked body of any size into memory;
 * compressed bodies are a 415: the service never inflates a request, so a zip bomb cannot expand
 * on it. Multipart uploads get the same limit per file and in total.
 */
public final class RequestLimits {
    private final long maxBodyBytes;

    public RequestLimits(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Multipart parts beyond the limit make Jetty refuse the upload instead of spooling it to disk. */
    public void configure(JavalinConfig cfg) {
        cfg.http.maxRequestSize = maxBodyBytes;
        cfg.jetty.multipartConfig.maxFileSize(maxBodyBytes, SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxTotalRequestSize(maxBodyBytes, SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, maxBodyBytes), SizeUnit.BYTES);
    }

    public void register(Javalin app) {
        app.before(this::check);
    }

    void check(Context ctx) {
        String encoding = ctx.header("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            throw ApiProblem.of(415, "unsupported-content-encoding", "Unsupported content encoding",
                    "request bodies are accepted uncompressed only; send them without Content-Encoding");
        }
        long length = ctx.req().getContentLengthLong();
        if (length > maxBodyBytes) {
            throw tooLarge(maxBodyBytes);
        }
        if (length < 0 && ctx.header("Transfer-Encoding") != null) {
            throw ApiProblem.of(411, "length-required", "Length required",
                    "send the request body with a Content-Length header (at most " + maxBodyBytes + " bytes)");
        }
    }

    private static ApiProblem tooLarge(long maxBodyBytes) {
        return ApiProblem.of(413, "too-large", "Request body too large",
                "the request body is larger than the limit of " + maxBodyBytes + " bytes");
    }
}
