package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store whose schema is current opens without Flyway; every other state still goes through it. */
class SchemaVersionTest {
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path dir;

    @Test
    void theKnownVersionIsTheNewestMigration() throws URISyntaxException, java.io.IOException {
        int newest = 0;
        for (String location : new String[] {"/jp/banso/store/migration", "/jp/banso/store/schema/local"}) {
            Path folder = Path.of(Store.class.getResource(location).toURI());
            try (Stream<Path> files = Files.list(folder)) {
                newest = Math.max(newest, files.map(f -> MIGRATION.matcher(f.getFileName().toString()))
                        .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow());
            }
        }
        assertThat(Store.SCHEMA_VERSION).as("Store.SCHEMA_VERSION must name the newest migration").isEqualTo(newest);
    }

    @Test
    void aCurrentStoreIsRecognisedAndANewerOneIsRefused() {
        try (Store store = Store.open(dir)) {
            assertThat(version(store)).isEqualTo(Store.SCHEMA_VERSION);
            store.jdbi().useHandle(h -> h.execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") "
                    + "values (99, '" + (Store.SCHEMA_VERSION + 1) + "', 'future', 'SQL', 'V" + (Store.SCHEMA_VERSION + 1)
                    + "__future.sql', 'banso', 1, true)"));
            assertThat(version(store)).isEqualTo(Store.SCHEMA_VERSION + 1);
        }
        // a newer app's database gets the clear message and is not written to (Flyway would ignore the unknown step)
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("新しいバージョン");
    }

    @Test
    void aFailedStepSendsTheStoreThroughFlyway() {
        try (Store store = Store.open(dir)) {
            store.jdbi().useHandle(h -> h.execute("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '3'"));
            assertThat(version(store)).isEqualTo(-1);
        }
        // Flyway looks at it and refuses to go on from a failed step
        assertThatThrownBy(() -> Store.open(dir)).isInstanceOf(StoreException.class).hasMessageContaining("マイグレーション");
    }

    private static int version(Store store) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(Store.url(store.directory(), false), "banso", "");
        try {
            return Store.schemaVersion(pool);
        } finally {
            pool.dispose();
        }
    }
}
