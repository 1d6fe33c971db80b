package org.pacta.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path temp;

    @Test
    void latestMigration_matchesTheShippedMigrations() throws Exception {
        Path folder = Path.of(Database.class.getResource("/db/migration").toURI());
        int newest = 0;
        try (var files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Matcher m = Pattern.compile("V(\\d+)__.*\\.sql").matcher(file.getFileName().toString());
                if (m.matches()) {
                    newest = Math.max(newest, Integer.parseInt(m.group(1)));
                }
            }
        }
        assertThat(Database.LATEST_MIGRATION).as("bump LATEST_MIGRATION with each new migration").isEqualTo(newest);
    }

    @Test
    void open_twice_migratesOnceAndKeepsTheSchema() {
        Path data = temp.resolve("data");
        try (Database first = Database.sqlite(data)) {
            first.jdbi().useHandle(h -> h.execute("INSERT INTO content (hash, text) VALUES ('h', 't')"));
        }
        try (Database second = Database.sqlite(data)) {
            int applied = second.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM flyway_schema_history")
                    .mapTo(Integer.class).one());
            String text = second.jdbi().withHandle(h -> h.createQuery("SELECT text FROM content").mapTo(String.class).one());
            assertThat(applied).isEqualTo(Database.LATEST_MIGRATION);
            assertThat(text).isEqualTo("t");
        }
    }

    @Test
    void sqlite_dataPathIsAFile_failsWithAFix() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-folder"), "x");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Database.sqlite(file))
                .isInstanceOf(org.pacta.core.PactaException.Unavailable.class).hasMessageContaining("--data");
    }
}
