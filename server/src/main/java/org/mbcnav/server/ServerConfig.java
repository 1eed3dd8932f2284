package org.mbcnav.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.mbcnav.server.cds.TrustedIssuer;

/**
 * Everything the service needs to start. publicBaseUrl is how EHRs reach this server (the JWT
 * audience is publicBaseUrl + the endpoint path); webAppUrl is where the clinician web app shows a
 * patient's full plan (/patients/{id}).
 */
public record ServerConfig(
        String host,
        int port,
        String jdbcUrl,
        String dbUser,
        String dbPassword,
        Path knowledgeDir,
        String publicBaseUrl,
        String webAppUrl,
        Duration retention,
        long maxBodyBytes,
        Duration fhirDeadline,
        List<TrustedIssuer> trustedIssuers,
        Clock clock) {

    public ServerConfig {
        trustedIssuers = List.copyOf(trustedIssuers);
    }

    /** Embedded defaults: H2 under ./data, port 8080, knowledge/ in the working directory. */
    public static ServerConfig defaults() {
        return new ServerConfig("0.0.0.0", 8080, "jdbc:h2:file:./data/mbcnav", null, null, Path.of("knowledge"),
                null, null, Duration.ofDays(30), 2 * 1024 * 1024, Duration.ofSeconds(3), List.of(), Clock.systemUTC());
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(host, p, jdbcUrl, dbUser, dbPassword, knowledgeDir, publicBaseUrl, webAppUrl, retention,
                maxBodyBytes, fhirDeadline, trustedIssuers, clock);
    }

    public ServerConfig withDatabase(String url, String user, String password) {
        return new ServerConfig(host, port, url, user, password, knowledgeDir, publicBaseUrl, webAppUrl, retention,
                maxBodyBytes, fhirDeadline, trustedIssuers, clock);
    }

    public ServerConfig withKnowledge(Path dir) {
        return new ServerConfig(host, port, jdbcUrl, dbUser, dbPassword, dir, publicBaseUrl, webAppUrl, retention,
                maxBodyBytes, fhirDeadline, trustedIssuers, clock);
    }

    public ServerConfig withUrls(String publicBase, String webApp) {
        return new ServerConfig(host, port, jdbcUrl, dbUser, dbPassword, knowledgeDir, publicBase, webApp, retention,
                maxBodyBytes, fhirDeadline, trustedIssuers, clock);
    }

    public ServerConfig withLimits(Duration keepDeleted, long bodyBytes, Duration fhir) {
        return new ServerConfig(host, port, jdbcUrl, dbUser, dbPassword, knowledgeDir, publicBaseUrl, webAppUrl,
                keepDeleted, bodyBytes, fhir, trustedIssuers, clock);
    }

    public ServerConfig withTrustedIssuers(List<TrustedIssuer> issuers) {
        return new ServerConfig(host, port, jdbcUrl, dbUser, dbPassword, knowledgeDir, publicBaseUrl, webAppUrl, retention,
                maxBodyBytes, fhirDeadline, issuers, clock);
    }

    public ServerConfig withClock(Clock c) {
        return new ServerConfig(host, port, jdbcUrl, dbUser, dbPassword, knowledgeDir, publicBaseUrl, webAppUrl, retention,
                maxBodyBytes, fhirDeadline, trustedIssuers, c);
    }
}
