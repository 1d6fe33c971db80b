package org.pacta.core.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.pacta.core.PactaException;

/**
 * An open registry database: SQLite in a data folder by default, or PostgreSQL by JDBC URL. The
 * schema is migrated on open. Durability: a transaction is on disk once its commit returns
 * (SQLite runs in WAL mode with {@code synchronous=FULL}; PostgreSQL with its defaults).
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;
    private final String description;

    private Database(HikariDataSource dataSource, Dialect dialect, String description) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.description = description;
        this.jdbi = Jdbi.create(dataSource);
    }

    /** Opens (creating if needed) the SQLite registry {@code pacta.db} in {@code dataDir}. */
    public static Database sqlite(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir is null");
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new PactaException.Unavailable("cannot create the data folder " + dataDir.toAbsolutePath()
                    + " (" + e.getMessage() + "): run with --data DIR pointing at a writable folder", e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new PactaException.Unavailable("data folder " + dataDir.toAbsolutePath()
                    + " is read-only: run with --data DIR", null);
        }
        Path file = dataDir.resolve("pacta.db").toAbsolutePath();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + file);
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "FULL");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("busy_timeout", "10000");
        // Writers take the write lock when they begin: a deferred transaction that read first
        // would fail with SQLITE_BUSY, without waiting, if another writer committed meanwhile.
        config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        config.setMaximumPoolSize(4);
        // connections to a local file are cheap to open on demand; opening four at start costs time
        config.setMinimumIdle(1);
        config.setPoolName("pacta-sqlite");
        return open(config, Dialect.SQLITE, file.toString());
    }

    /** Opens a PostgreSQL registry; user and password may be in the URL or the PGUSER/PGPASSWORD environment. */
    public static Database postgres(String jdbcUrl) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl is null");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new PactaException.InvalidInput("db", "--db must be a jdbc:postgresql://HOST/DB URL, was: " + jdbcUrl);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        String user = System.getenv("PGUSER");
        if (user != null && !jdbcUrl.contains("user=")) {
            config.setUsername(user);
            config.setPassword(System.getenv("PGPASSWORD"));
        }
        config.setMaximumPoolSize(8);
        config.setPoolName("pacta-postgres");
        return open(config, Dialect.POSTGRES, jdbcUrl.replaceAll("password=[^&]*", "password=***"));
    }

    public static Database open(String jdbcUrlOrNull, Path dataDir) {
        return jdbcUrlOrNull == null ? sqlite(dataDir) : postgres(jdbcUrlOrNull);
    }

    private static Database open(HikariConfig config, Dialect dialect, String description) {
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(10_000);
        HikariDataSource source = new HikariDataSource(config);
        try {
            boolean current;
            try (Connection connection = source.getConnection()) {
                current = schemaIsCurrent(connection);
            }
            if (!current) {
                migrate(source, dialect);
            }
        } catch (SQLException | RuntimeException e) {
            source.close();
            throw new PactaException.Unavailable("cannot open the registry database " + description + ": "
                    + e.getMessage(), e);
        }
        return new Database(source, dialect, description);
    }

    /** The version of the newest migration in db/migration; bump it with every new migration. */
    static final int LATEST_MIGRATION = 4;

    /**
     * Whether Flyway has already applied every migration this build ships, so start-up can skip
     * loading Flyway (a few hundred classes, the better part of a second on a small machine).
     */
    private static boolean schemaIsCurrent(Connection connection) {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT version FROM flyway_schema_history WHERE success = "
                        + (connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                                .contains("sqlite") ? "1" : "TRUE"))) {
            int latest = 0;
            while (rows.next()) {
                String version = rows.getString(1);
                if (version != null && version.matches("\\d+")) {
                    latest = Math.max(latest, Integer.parseInt(version));
                }
            }
            return latest == LATEST_MIGRATION;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void migrate(HikariDataSource source, Dialect dialect) {
        Flyway.configure().dataSource(source).locations("classpath:db/migration")
                .placeholders(java.util.Map.of("bytes", dialect == Dialect.SQLITE ? "BLOB" : "BYTEA"))
                .load().migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Dialect dialect() {
        return dialect;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
