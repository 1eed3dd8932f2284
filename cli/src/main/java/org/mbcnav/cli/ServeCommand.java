package org.mbcnav.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mbcnav.server.MbcnavServer;
import org.mbcnav.server.ServerConfig;
import org.mbcnav.server.cds.TrustedIssuer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the service: REST API, CDS Hooks, health and metrics (docs/api.md, docs/cds-hooks.md).",
                "Defaults: an H2 database under ./data, port 8080. The first start prints an admin token once."},
        footer = {"", "Examples:", "  mbcnav serve",
                "  mbcnav serve --db 'jdbc:postgresql://db:5432/mbcnav' --db-user mbcnav --port 9000",
                "  mbcnav serve --public-url https://cds.example.org --trust-issuer 'https://ehr.example.org/=https://ehr.example.org/jwks.json'"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port to listen on (default 8080).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0", description = "Address to listen on (default all).")
    String host;

    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "jdbc:h2:file:./data/mbcnav",
            description = "Database: jdbc:h2:file:PATH (default ./data/mbcnav) or jdbc:postgresql://HOST:PORT/DB.")
    String db;

    @Option(names = "--db-user", paramLabel = "USER", description = "Database user (PostgreSQL).")
    String dbUser;

    @Option(names = "--db-password-env", paramLabel = "VAR", defaultValue = "MBCNAV_DB_PASSWORD",
            description = "Environment variable holding the database password (default MBCNAV_DB_PASSWORD).")
    String dbPasswordEnv;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "How EHRs reach this server; the CDS Hooks JWT audience is this plus the endpoint path (default http://localhost:PORT).")
    String publicUrl;

    @Option(names = "--web-url", paramLabel = "URL", description = "Base URL of the web app for card links (default: --public-url).")
    String webUrl;

    @Option(names = "--trust-issuer", paramLabel = "ISSUER=JWKS_URL",
            description = "An EHR allowed to call CDS Hooks, with the URL of its JWK Set. Repeatable.")
    List<String> issuers = List.of();

    @Option(names = "--retention-days", paramLabel = "DAYS", defaultValue = "30",
            description = "Days a deleted patient is kept before it is purged for good (default 30).")
    int retentionDays;

    @Option(names = "--max-body-kb", paramLabel = "KB", defaultValue = "2048", description = "Request body limit (default 2048 KB).")
    int maxBodyKb;

    @Option(names = "--fhir-timeout-ms", paramLabel = "MS", defaultValue = "3000",
            description = "Deadline for reading from an EHR's FHIR server during a hook (default 3000).")
    int fhirTimeoutMs;

    @Mixin
    KnowledgeOption kb;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<TrustedIssuer> trusted;
        try {
            trusted = issuers.stream().map(TrustedIssuer::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        if (retentionDays < 0 || maxBodyKb < 1 || fhirTimeoutMs < 1) {
            throw new UserError("--retention-days, --max-body-kb and --fhir-timeout-ms must be positive");
        }
        ServerConfig config = ServerConfig.defaults().withPort(port)
                .withDatabase(db, dbUser, System.getenv(dbPasswordEnv))
                .withKnowledge(kb.resolve())
                .withUrls(publicUrl, webUrl)
                .withLimits(Duration.ofDays(retentionDays), maxBodyKb * 1024L, Duration.ofMillis(fhirTimeoutMs))
                .withTrustedIssuers(trusted);
        config = new ServerConfig(host, config.port(), config.jdbcUrl(), config.dbUser(), config.dbPassword(),
                config.knowledgeDir(), config.publicBaseUrl(), config.webAppUrl(), config.retention(),
                config.maxBodyBytes(), config.fhirDeadline(), config.trustedIssuers(), config.clock());
        MbcnavServer server = MbcnavServer.start(config);
        PrintWriter out = spec.commandLine().getOut();
        out.println("MBC Navigator is listening on port " + server.port() + " (database: " + server.databaseKind() + ").");
        server.firstAdminToken().ifPresent(t -> {
            out.println("First start: an admin token was made. It is shown only now; keep it safe:");
            out.println("  " + t);
        });
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
