package org.mbcnav.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs a server in a process of its own (for the kill -9 test): args are the JDBC URL and the
 * knowledge directory; prints "PORT <n>" and, at the first start, "TOKEN <admin token>".
 */
public final class ServeMain {
    private ServeMain() {
    }

    public static void main(String[] args) throws Exception {
        ServerConfig c = ServerConfig.defaults().withPort(0).withDatabase(args[0], null, null).withKnowledge(Path.of(args[1]))
                .withLimits(Duration.ofDays(30), 1024 * 1024, Duration.ofSeconds(1)).withTrustedIssuers(List.of());
        c = new ServerConfig("127.0.0.1", 0, c.jdbcUrl(), null, null, c.knowledgeDir(), null, null, c.retention(),
                c.maxBodyBytes(), c.fhirDeadline(), c.trustedIssuers(), c.clock());
        MbcnavServer s = MbcnavServer.start(c);
        System.out.println("PORT " + s.port());
        s.firstAdminToken().ifPresent(t -> System.out.println("TOKEN " + t));
        System.out.flush();
        Thread.currentThread().join();
    }
}
