package org.mbcnav.server.cds;

/**
 * An EHR allowed to call the CDS services: its JWT issuer and the URL of its JWK Set (https:,
 * http: on loopback for tests, or file:). A JWT from this issuer that names a jku must name this URL.
 */
public record TrustedIssuer(String issuer, String jwksUrl) {

    /** Parses "ISSUER=JWKS_URL" as given on the command line. */
    public static TrustedIssuer parse(String text) {
        int eq = text.lastIndexOf('=');
        int scheme = text.indexOf("=http");
        int file = text.indexOf("=file:");
        int at = scheme > 0 ? scheme : file > 0 ? file : eq;
        if (at <= 0 || at == text.length() - 1) {
            throw new IllegalArgumentException("a trusted issuer is written ISSUER=JWKS_URL, e.g. "
                    + "https://ehr.example.org/=https://ehr.example.org/.well-known/jwks.json");
        }
        return new TrustedIssuer(text.substring(0, at), text.substring(at + 1));
    }
}
