package org.mbcnav.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own error answers (a request that is not valid HTTP, such as an ambiguous path or a
 * malformed header, rejected before any route sees it) as problem documents like every other
 * error, instead of Jetty's HTML page. Never a stack trace.
 */
public final class ProblemErrorHandler extends ErrorHandler {
    public ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Json.PROBLEM);
        String detail = "the request is not valid HTTP" + (reason == null || reason.isBlank() ? "" : ": " + reason);
        return ByteBuffer.wrap(body(status, detail, null));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        baseRequest.setHandled(true);
        response.setContentType(Json.PROBLEM);
        // A server fault's message may quote request data: only client errors keep Jetty's reason.
        String detail = code >= 500 ? "the server could not complete the request"
                : message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        response.getOutputStream().write(body(code, detail, request.getRequestURI()));
    }

    private static byte[] body(int status, String detail, String instance) {
        String title = status == 400 ? "The request is not valid" : HttpStatus.getMessage(status);
        String type = status == 400 ? "invalid-request" : status >= 500 ? "internal" : "http-" + status;
        ProblemBody problem = ProblemBody.of(ApiProblem.of(status, type, title, detail), instance);
        return Json.write(problem).getBytes(StandardCharsets.UTF_8);
    }
}
