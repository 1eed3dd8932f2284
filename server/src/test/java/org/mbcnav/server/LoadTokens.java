package org.mbcnav.server;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * For the service load benchmark (server/load/patient-view.sh): makes an EHR key, writes its
 * JWK Set, and signs N single-use JWTs for the patient-view endpoint, one per line, so that the
 * load generator spends no time on signatures and the server checks every token in full.
 * Args: OUT_DIR AUDIENCE COUNT LIFETIME_SECONDS.
 */
public final class LoadTokens {
    private LoadTokens() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String aud = args[1];
        int n = Integer.parseInt(args[2]);
        int lifetime = Integer.parseInt(args[3]);
        ECKey key = new ECKeyGenerator(Curve.P_384).keyID("bench-key").generate();
        Files.writeString(dir.resolve("jwks.json"), new JWKSet(key.toPublicJWK()).toString());
        String[] tokens = new String[n];
        IntStream.range(0, n).parallel().forEach(i -> tokens[i] =
                EhrStub.sign("https://ehr.bench/", aud, UUID.randomUUID().toString(), key, lifetime));
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("tokens.txt"))) {
            for (String t : tokens) {
                w.write(t);
                w.newLine();
            }
        }
    }
}
