package org.mbcnav.server;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * One fuzzed HTTP request in a readable text form, the format of the HttpApiFuzzTest inputs:
 * <pre>
 * POST /api/patients?q=x
 * Authorization: clinician
 * Content-Type: application/yaml
 *
 * body...
 * </pre>
 * An Authorization value naming a role (admin, clinician, patient, other-patient) or `ehr` becomes
 * that caller's real token (for `ehr`, a fresh CDS Hooks JWT for the path); `Cookie: session` becomes
 * the signed-in web session. In the target and body, {patient}, {plan} and {csrf} are replaced by the
 * stored example patient, its plan and the session's CSRF value. A CDS Hooks fhirServer is pointed at
 * the stand-in EHR: the EHR that signed the JWT chooses it, and the service must not leave loopback.
 */
record FuzzRequest(String method, String target, List<String[]> headers, String body) {
    static final String PATIENT_ID = "fuzz-patient";
    private static final Pattern FHIR_SERVER = Pattern.compile("(\"fhirServer\"\\s*:\\s*)\"[^\"]*\"");
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    /** Null when the text has no request line. */
    static FuzzRequest parse(String text, String planId, String csrf, String fhirServer) {
        int headEnd = text.indexOf("\n\n");
        String head = headEnd < 0 ? text : text.substring(0, headEnd);
        String body = headEnd < 0 ? "" : text.substring(headEnd + 2);
        String[] lines = head.split("\n");
        String[] requestLine = lines[0].strip().split(" ", 2);
        if (requestLine.length < 2 || requestLine[0].isEmpty()) {
            return null;
        }
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {lines[i].substring(0, colon).strip(), lines[i].substring(colon + 1).strip()});
            }
        }
        String target = fill(requestLine[1].strip(), planId, csrf);
        return new FuzzRequest(requestLine[0], target, headers,
                FHIR_SERVER.matcher(fill(body, planId, csrf)).replaceAll("$1\"" + fhirServer + "\""));
    }

    private static String fill(String s, String planId, String csrf) {
        return s.replace("{patient}", PATIENT_ID).replace("{plan}", planId).replace("{csrf}", csrf);
    }

    String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /**
     * The request for the java.net.http client, or null when that client cannot send it (a method
     * or target that is not valid HTTP) or when it would end the shared session or tokens that the
     * rest of the run needs (logout, token revocation, writes to the stored example patient).
     */
    HttpRequest build(String base, BiFunction<String, String, String> bearer, String sessionCookie) {
        String p = path();
        if (p.startsWith("/app/logout") || (method.equalsIgnoreCase("DELETE") && p.startsWith("/api/tokens"))
                || (!method.equalsIgnoreCase("GET") && !method.equalsIgnoreCase("POST") && p.contains(PATIENT_ID))
                || (p.contains(PATIENT_ID + "/edit"))) {
            return null;
        }
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + encode(target))).timeout(Duration.ofSeconds(15))
                    .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            for (String[] h : headers) {
                if (RESTRICTED.contains(h[0].toLowerCase())) {
                    continue;
                }
                String value = switch (h[0].toLowerCase()) {
                    case "authorization" -> bearer.apply(h[1], p);
                    case "cookie" -> "session".equals(h[1]) ? sessionCookie : h[1];
                    default -> h[1];
                };
                try {
                    b.header(h[0], value);
                } catch (IllegalArgumentException e) {
                    // Not a header the client can send (bad name or value): leave it out.
                }
            }
            return b.build();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Percent-encodes what may not appear in a URI as it is, keeping the fuzzed structure (/ ? & = %xx). */
    static String encode(String target) {
        StringBuilder out = new StringBuilder();
        byte[] bytes = target.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int c = bytes[i] & 0xff;
            boolean escape = c == '%' && i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]);
            if (escape || (c > 0x20 && c < 0x7f && "\"<>\\^`{|}%# ".indexOf(c) < 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        String s = out.toString();
        return s.startsWith("/") ? s : "/" + s;
    }

    private static boolean hex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}
