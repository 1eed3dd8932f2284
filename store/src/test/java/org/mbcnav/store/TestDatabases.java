package org.mbcnav.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The databases every storage test runs against: a fresh H2 file, and a fresh schema on the
 * PostgreSQL server named by MBCNAV_TEST_PG_URL (default: the one .ci/postgres.sh starts).
 * PostgreSQL is left out only when MBCNAV_TEST_POSTGRES=none says that no server is available;
 * otherwise an unreachable server fails the tests.
 */
public final class TestDatabases {
    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:54329/mbcnav_test?user=mbcnav&password=mbcnav";

    private TestDatabases() {
    }

    /** A named JDBC URL for a database nobody else uses. */
    public record Target(String kind, String url) {
        @Override
        public String toString() {
            return kind;
        }
    }

    public static boolean postgresAvailable() {
        return !"none".equalsIgnoreCase(System.getenv("MBCNAV_TEST_POSTGRES"));
    }

    public static List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of("h2"));
        if (postgresAvailable()) {
            kinds.add("postgresql");
        }
        return kinds;
    }

    /** A fresh, empty database of the kind. */
    public static Target fresh(String kind) {
        return "h2".equals(kind) ? freshH2() : freshPostgres();
    }

    public static Target freshH2() {
        try {
            Path dir = Files.createTempDirectory("mbcnav-h2-");
            return new Target("h2", "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Target freshPostgres() {
        String base = System.getenv().getOrDefault("MBCNAV_TEST_PG_URL", DEFAULT_PG_URL);
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not reachable at " + base.replaceAll("password=[^&]*", "password=***")
                    + " (" + e.getMessage() + "). Start one with .ci/postgres.sh, point MBCNAV_TEST_PG_URL at one,"
                    + " or set MBCNAV_TEST_POSTGRES=none to run without PostgreSQL.", e);
        }
        return new Target("postgresql", base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }
}
