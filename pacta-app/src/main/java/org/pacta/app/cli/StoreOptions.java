package org.pacta.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.pacta.core.Pacta;
import org.pacta.core.storage.Database;
import picocli.CommandLine.Option;

/** Where the registry lives: a data folder (SQLite, the default) or a PostgreSQL JDBC URL. */
final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", description = "data folder (default: ${DEFAULT-VALUE}); holds the "
            + "SQLite registry, keys and the admin token", defaultValue = "pacta-data")
    Path data;

    @Option(names = "--db", paramLabel = "URL", description = "PostgreSQL JDBC URL (jdbc:postgresql://HOST/DB) "
            + "instead of the SQLite file in --data")
    String db;

    Pacta open() {
        return new Pacta(Database.open(db, data), Clock.systemUTC());
    }

    /** Opens the registry with its log key (made on first start, kept in the data folder). */
    Pacta openWithLog(java.util.Optional<String> origin) {
        var key = org.pacta.core.tlog.LogKeys.loadOrCreate(data, origin);
        return new Pacta(Database.open(db, data), Clock.systemUTC(), key);
    }
}
