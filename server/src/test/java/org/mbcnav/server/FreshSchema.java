package org.mbcnav.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Makes (or with --drop, removes) a schema on a PostgreSQL server, for the soak and crash scripts
 * that run a server against a database nobody else uses. Args: JDBC_URL SCHEMA [--drop].
 */
public final class FreshSchema {
    private FreshSchema() {
    }

    public static void main(String[] args) throws Exception {
        if (!args[1].matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("schema name must be lower-case letters, digits and _: " + args[1]);
        }
        try (Connection c = DriverManager.getConnection(args[0]); Statement s = c.createStatement()) {
            s.execute(args.length > 2 && args[2].equals("--drop") ? "DROP SCHEMA " + args[1] + " CASCADE"
                    : "CREATE SCHEMA " + args[1]);
        }
    }
}
