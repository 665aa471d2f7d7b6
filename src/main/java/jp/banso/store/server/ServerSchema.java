package jp.banso.store.server;

import javax.sql.DataSource;
import jp.banso.store.Store;
import org.flywaydb.core.Flyway;

/**
 * The team server's schema on PostgreSQL: the steps shared with the laptops ({@link Store#MIGRATIONS}, the same
 * tables) and the server's own steps (revisions, tombstones, teams, roles, row-level security).
 */
public final class ServerSchema {
    /** The server's own steps; their numbers never collide with a laptop's own steps (see V7 in either folder). */
    public static final String SERVER_MIGRATIONS = "classpath:jp/banso/store/schema/server";
    /** The newest step a server must have for this version of Banso to sync with it. */
    public static final int VERSION = 8;

    private ServerSchema() {
    }

    /** Brings the schema up to {@link #VERSION} (as the database owner, who then owns every table). */
    public static void migrate(DataSource owner) {
        Flyway.configure()
                .dataSource(owner)
                .locations(Store.MIGRATIONS, SERVER_MIGRATIONS)
                .loggers("slf4j")
                .load()
                .migrate();
    }
}
