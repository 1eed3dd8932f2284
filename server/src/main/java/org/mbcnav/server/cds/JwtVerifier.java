package org.mbcnav.server.cds;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.crypto.bc.BouncyCastleProviderSingleton;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the JWT an EHR sends with every CDS Hooks call (CDS Hooks 2.0, "Trusting CDS Clients"):
 * an asymmetric signature (ES/RS/PS, never none or HMAC) by a key of an allow-listed issuer
 * (keys from that issuer's JWK Set; a jku must be the allow-listed one), the audience equal to
 * the endpoint being called, not expired, and a jti never seen before while the token lives.
 */
public final class JwtVerifier {
    static final long SKEW_MILLIS = 60_000;
    private static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512,
            JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384,
            JWSAlgorithm.PS512);

    /** Why a token was refused; the message is safe to show the caller. */
    public static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message);
        }
    }

    /** The parts of a verified token the service uses. */
    public record Verified(String issuer, String subject, String tenant, String jti) {
    }

    /** Remembers jti values; answers false for a replay. */
    @FunctionalInterface
    public interface Replays {
        boolean firstUse(String issuer, String jti, long expiresMillis);
    }

    private final Map<String, TrustedIssuer> issuers;
    private final JwksCache keys;
    private final Replays replays;
    private final Clock clock;

    public JwtVerifier(List<TrustedIssuer> trusted, JwksCache keys, Replays replays, Clock clock) {
        this.issuers = trusted.stream().collect(Collectors.toMap(TrustedIssuer::issuer, Function.identity(), (a, b) -> a));
        this.keys = keys;
        this.replays = replays;
        this.clock = clock;
    }

    public Verified verify(String compact, String audience) throws Rejected {
        SignedJWT jwt;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(compact);
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new Rejected("the bearer token is not a signed JWT");
        }
        JWSHeader h = jwt.getHeader();
        if (!ALLOWED.contains(h.getAlgorithm())) {
            throw new Rejected("JWT algorithm " + h.getAlgorithm() + " is not accepted (use ES384 or RS384)");
        }
        if (h.getKeyID() == null) {
            throw new Rejected("the JWT header has no kid");
        }
        String iss = claims.getIssuer();
        TrustedIssuer trusted = iss == null ? null : issuers.get(iss);
        if (trusted == null) {
            throw new Rejected("the JWT issuer is not trusted by this service");
        }
        if (h.getJWKURL() != null && !h.getJWKURL().toString().equals(trusted.jwksUrl())) {
            throw new Rejected("the JWT's jku is not the key set registered for its issuer");
        }
        JWK key;
        try {
            key = keys.key(trusted.jwksUrl(), h.getKeyID());
        } catch (IOException e) {
            throw new Rejected("the issuer's keys could not be read");
        }
        if (key == null) {
            throw new Rejected("no key '" + h.getKeyID() + "' in the issuer's key set");
        }
        try {
            JWSVerifier verifier = key instanceof ECKey ec ? new ECDSAVerifier(ec)
                    : key instanceof RSAKey rsa ? new RSASSAVerifier(rsa) : null;
            if (verifier != null) {
                verifier.getJCAContext().setProvider(BouncyCastleProviderSingleton.getInstance());
            }
            if (verifier == null || !jwt.verify(verifier)) {
                throw new Rejected("the JWT signature does not verify");
            }
        } catch (JOSEException e) {
            throw new Rejected("the JWT signature does not verify");
        }
        List<String> aud = claims.getAudience();
        if (aud == null || !aud.contains(audience)) {
            throw new Rejected("the JWT audience is not this endpoint (" + audience + ")");
        }
        long now = clock.millis();
        Date exp = claims.getExpirationTime();
        if (exp == null || now > exp.getTime() + SKEW_MILLIS) {
            throw new Rejected("the JWT has expired");
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.getTime() > now + SKEW_MILLIS) {
            throw new Rejected("the JWT has no iat or was issued in the future");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            throw new Rejected("the JWT has no jti");
        }
        if (!replays.firstUse(iss, jti, exp.getTime() + SKEW_MILLIS)) {
            throw new Rejected("the JWT was already used (jti replay)");
        }
        Object tenant = claims.getClaim("tenant");
        return new Verified(iss, claims.getSubject(), tenant == null ? null : tenant.toString(), jti);
    }
}
