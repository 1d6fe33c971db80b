package org.pacta.core.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.pacta.core.storage.Database;

/**
 * The storage engines every storage and API test runs on: SQLite always, PostgreSQL when one is
 * reachable at {@code PACTA_TEST_PG_URL} (default: the role and database .ci/run creates). Each
 * PostgreSQL test gets a schema of its own. With {@code PACTA_REQUIRE_PG=1} an unreachable server
 * fails the test instead of skipping it.
 */
public final class TestStores {

    public static final String DEFAULT_PG_URL = "jdbc:postgresql://localhost:5432/pacta_test?user=pacta&password=pacta";

    public enum Engine { SQLITE, POSTGRES }

    private TestStores() {
    }

    public static Stream<Engine> engines() {
        return Stream.of(Engine.SQLITE, Engine.POSTGRES);
    }

    public static String pgUrl() {
        String url = System.getenv("PACTA_TEST_PG_URL");
        return url == null || url.isBlank() ? DEFAULT_PG_URL : url;
    }

    /** Opens a fresh, empty store on {@code engine}; skips (or fails, if required) when PostgreSQL is unreachable. */
    public static Database open(Engine engine, Path tempDir) {
        if (engine == Engine.SQLITE) {
            return Database.sqlite(tempDir.resolve("data-" + UUID.randomUUID()));
        }
        return Database.postgres(freshPgUrl());
    }

    /** The JDBC URL of a fresh empty PostgreSQL schema (for tests that open the store themselves). */
    public static String freshPgUrl() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(pgUrl());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + pgUrl() + " (" + e.getMessage()
                    + "): start it and create the role and database as .ci/run does, or set PACTA_TEST_PG_URL";
            if ("1".equals(System.getenv("PACTA_REQUIRE_PG"))) {
                throw new AssertionError(message, e);
            }
            Assumptions.abort(message);
        }
        return withSchema(pgUrl(), schema);
    }

    private static String withSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public static byte[] resource(String name) {
        try (var in = TestStores.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
