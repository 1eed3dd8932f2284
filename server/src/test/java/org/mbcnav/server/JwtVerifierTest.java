package org.mbcnav.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mbcnav.server.cds.JwksCache;
import org.mbcnav.server.cds.JwtVerifier;
import org.mbcnav.server.cds.TrustedIssuer;

/** The CDS Hooks 2.0 specification's example JWT (ES384) against its published JWK Set. */
class JwtVerifierTest {
    static final Path FIXTURES = sharedFixtures().resolve("cds-hooks");
    static final String AUD = "https://cds.example.org/cds-services/some-service";
    static final String ISS = "https://fhir-ehr.example.com/";
    static final String JKU = "https://fhir-ehr.example.com/jwk_uri";

    private static Path fixtures() {
        return FIXTURES;
    }

    /** shared/fixtures beside the repository (CI puts a copy of shared/ next to the clone). */
    static Path sharedFixtures() {
        Path p = Path.of(System.getProperty("mbcnav.root", ".")).toAbsolutePath().normalize();
        for (; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/fixtures"))) {
                return p.resolve("shared/fixtures");
            }
        }
        throw new IllegalStateException("shared/fixtures not found above " + System.getProperty("mbcnav.root", "."));
    }

    private final Set<String> seen = new HashSet<>();

    /** The fixture's keys are served as if from its jku; the issuer is allow-listed with that jku. */
    private JwtVerifier verifier(Instant now, String trustedJku) throws Exception {
        Path jwks = Files.createTempFile("jwks", ".json");
        Files.copy(fixtures().resolve("jwks-public.json"), jwks, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        return new JwtVerifier(List.of(new TrustedIssuer(ISS, trustedJku)), new FixtureKeys(jwks, clock).cache(),
                (iss, jti, exp) -> seen.add(iss + "|" + jti), clock);
    }

    /** Maps the fixture's jku to the local copy of its JWK Set. */
    private record FixtureKeys(Path file, Clock clock) {
        JwksCache cache() {
            return new JwksCache(clock) {
                @Override
                public com.nimbusds.jose.jwk.JWK key(String url, String kid) throws java.io.IOException {
                    return super.key(url.equals(JKU) ? file.toUri().toString() : url, kid);
                }
            };
        }
    }

    private static String token() throws Exception {
        return Files.readString(fixtures().resolve("jwt-example-compact.txt")).trim();
    }

    @Test
    void specExampleVerifiesWithAFixedClock() throws Exception {
        JwtVerifier.Verified v = verifier(Instant.parse("2015-01-29T21:00:00Z"), JKU).verify(token(), AUD);
        assertThat(v.issuer()).isEqualTo(ISS);
        assertThat(v.tenant()).isEqualTo("2ddd6c3a-8e9a-44c6-a305-52111ad302a2");
        assertThat(v.jti()).isEqualTo("ee22b021-e1b7-4611-ba5b-8eec6a33ac1e");
    }

    @Test
    void everyRuleRefuses() throws Exception {
        Instant valid = Instant.parse("2015-01-29T21:00:00Z");
        JwtVerifier ok = verifier(valid, JKU);
        assertThatThrownBy(() -> verifier(Instant.parse("2026-01-01T00:00:00Z"), JKU).verify(token(), AUD))
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> ok.verify(token(), "https://cds.example.org/cds-services/other"))
                .hasMessageContaining("audience");
        assertThatThrownBy(() -> verifier(valid, "https://elsewhere.example/jwks").verify(token(), AUD))
                .hasMessageContaining("jku");
        String t = token();
        String[] parts = t.split("\\.");
        String forged = parts[0] + "." + parts[1].substring(0, parts[1].length() - 4) + "AAAA." + parts[2];
        assertThatThrownBy(() -> ok.verify(forged, AUD)).isInstanceOf(JwtVerifier.Rejected.class);
        String hmac = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"example-kid\"}".getBytes()) + "." + parts[1] + "." + parts[2];
        assertThatThrownBy(() -> ok.verify(hmac, AUD)).hasMessageContaining("HS256");
        assertThatThrownBy(() -> ok.verify("not-a-jwt", AUD)).hasMessageContaining("not a signed JWT");
        ok.verify(token(), AUD);
        assertThatThrownBy(() -> ok.verify(token(), AUD)).hasMessageContaining("replay");
        JwtVerifier untrusted = new JwtVerifier(List.of(new TrustedIssuer("https://other/", JKU)),
                new JwksCache(Clock.fixed(valid, ZoneOffset.UTC)), (i, j, e) -> true, Clock.fixed(valid, ZoneOffset.UTC));
        assertThatThrownBy(() -> untrusted.verify(token(), AUD)).hasMessageContaining("not trusted");
    }
}
