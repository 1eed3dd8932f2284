package org.mbcnav.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * One database, H2 (embedded, the default) or PostgreSQL, chosen by JDBC URL; migrated by Flyway
 * when opened. Every write runs in a transaction that is committed before the caller is answered.
 */
public final class Database implements AutoCloseable {
    /** How long a request waits for a pooled connection before the database counts as unavailable. */
    static final long CONNECTION_WAIT_MILLIS = 3_000;

    private final HikariDataSource pool;
    private final Clock clock;

    private Database(HikariDataSource pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /**
     * Opens and migrates. A PostgreSQL URL may carry user and password as query parameters;
     * user and password arguments (nullable) take precedence.
     */
    public static Database open(String jdbcUrl, String user, String password, Clock clock) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(durable(jdbcUrl));
        if (user != null) {
            config.setUsername(user);
        } else if (jdbcUrl.startsWith("jdbc:h2:")) {
            config.setUsername("sa");
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(jdbcUrl.startsWith("jdbc:h2:") ? 8 : 16);
        config.setAutoCommit(true);
        config.setPoolName("mbcnav");
        // A request waits at most this long for a connection: with the database down it is
        // answered 503 (DatabaseUnavailable) after a few seconds instead of hanging.
        config.setConnectionTimeout(CONNECTION_WAIT_MILLIS);
        config.setValidationTimeout(1_000);
        config.setInitializationFailTimeout(15_000);
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            // Seconds to open a TCP connection; a value in the URL takes precedence.
            config.addDataSourceProperty("connectTimeout", "3");
        }
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new Database(pool, clock);
    }

    /**
     * H2 normally flushes commits to its file up to half a second later; with WRITE_DELAY=0 a
     * commit is written before it returns, so an acknowledged write survives the process being
     * killed. H2 also closes the file only when the pool does.
     */
    static String durable(String url) {
        if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
            return url;
        }
        StringBuilder b = new StringBuilder(url);
        if (!url.toUpperCase().contains("WRITE_DELAY")) {
            b.append(";WRITE_DELAY=0");
        }
        if (!url.toUpperCase().contains("DB_CLOSE_ON_EXIT")) {
            b.append(";DB_CLOSE_ON_EXIT=FALSE");
        }
        return b.toString();
    }

    public DataSource dataSource() {
        return pool;
    }

    public Clock clock() {
        return clock;
    }

    /** "h2" or "postgresql", for operators and tests. */
    public String kind() {
        return pool.getJdbcUrl().startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
    }

    /** Readiness: the database answers a trivial query within the timeout. */
    public boolean ready(int timeoutSeconds) {
        try (Connection c = pool.getConnection()) {
            return c.isValid(timeoutSeconds);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                // On a lost connection the rollback fails too; the first failure is the one that
                // says what happened (and whether the database is unreachable).
                try {
                    c.rollback();
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            } finally {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException r) {
                    // The connection is broken and the pool drops it. This must not replace the
                    // work's own failure, nor turn a committed write into an error.
                }
            }
        } catch (SQLException e) {
            throw failure("database operation failed", e);
        } catch (RuntimeException e) {
            throw unavailableOr(e);
        }
    }

    /** Runs a read on a connection of its own. */
    public <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure("database read failed", e);
        } catch (RuntimeException e) {
            throw unavailableOr(e);
        }
    }

    /** A connection failure becomes {@link DatabaseUnavailable}; anything else stays a StoreException. */
    private static StoreException failure(String message, SQLException e) {
        return DatabaseUnavailable.isConnectionFailure(e) ? new DatabaseUnavailable("the database is not reachable", e)
                : new StoreException(message, e);
    }

    /** Work may wrap an SQLException in a RuntimeException of its own; a lost connection is still one. */
    private static RuntimeException unavailableOr(RuntimeException e) {
        return !(e instanceof DatabaseUnavailable) && DatabaseUnavailable.isConnectionFailure(e)
                ? new DatabaseUnavailable("the database is not reachable", e) : e;
    }

    @Override
    public void close() {
        pool.close();
    }

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }
}
