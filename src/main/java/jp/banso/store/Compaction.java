package jp.banso.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Gives back the space H2's file gains under many small commits. With {@code WRITE_DELAY=0} (every commit reaches the
 * file at once, see {@link Store#url}) H2 runs no background housekeeping, so each commit leaves a chunk that stays
 * as long as one page in it is live: 10,000 saves grew 200 cases' file to hundreds of MB. When the store closes and the
 * file is loose, it closes with H2's {@code SHUTDOWN COMPACT}: the live data is copied into a new file beside it, which
 * is then renamed onto the database in one step (a kill at any moment leaves the old file or the new one; H2 removes
 * a half-written copy at the next open). H2's in-place compaction (moving chunks inside the open file) is not used: in
 * 2.3.232 it trips its own assertions and has lost data (see docs/decisions/0023).
 */
final class Compaction {
    /** A file is loose when less than this share of it is live data, and it is bigger than {@link #SMALL_BYTES}. */
    private static final int LIVE_PERCENT = 60;
    private static final long SMALL_BYTES = 8L << 20;
    private static final Logger LOG = Logger.getLogger(Compaction.class.getName());

    private Compaction() {
    }

    /**
     * Closes the open database at {@code url} (every connection of it) with {@code SHUTDOWN COMPACT} if its file is
     * loose; otherwise does nothing (the caller closes as usual). The shutdown goes through a connection of its own:
     * a pooled one would fail its rollback on close (into H2's trace file). True if it closed the database.
     */
    static boolean closeIfLoose(String url, String jdbcPassword, Path file) {
        try (Connection connection = DriverManager.getConnection(url, "banso", jdbcPassword)) {
            if (!loose(connection, file)) {
                return false;
            }
            long before = Files.size(file);
            long start = System.nanoTime();
            try (Statement st = connection.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            }
            LOG.info(() -> "compacted at close from " + before + " to " + size(file) + " bytes in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            return true;
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warning("not compacted at close: " + e);
            return false;
        }
    }

    /** Whether less than {@value #LIVE_PERCENT}% of a file larger than {@value #SMALL_BYTES} bytes is live data. */
    static boolean loose(Connection connection, Path file) throws SQLException, IOException {
        if (Files.size(file) <= SMALL_BYTES) {
            return false;
        }
        MVStore mv = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
                .getMvStore();
        // the share of the file in chunks × the share of those chunks that is live
        long livePercent = (long) mv.getFillRate() * mv.getFileStore().getChunksFillRate() / 100;
        return livePercent < LIVE_PERCENT;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
