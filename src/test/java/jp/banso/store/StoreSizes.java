package jp.banso.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * For the store-size benchmark (another package): copies of a loose file, and H2 on its own as Banso used it before
 * it compacted (a plain close, {@code BACKUP TO} of the file as it is).
 */
public final class StoreSizes {
    private StoreSizes() {
    }

    /** A copy of a folder's database file encrypted with {@code password}, as a password change makes it. */
    public static void encryptedCopy(Path fromFolder, Path toFolder, DatabasePassword password) throws IOException {
        Files.createDirectories(toFolder);
        DatabaseFile.copy(fromFolder.resolve(DatabaseFile.NAME), null, toFolder.resolve(DatabaseFile.NAME), password);
    }

    /** H2 opened and closed on its own, as {@link Store#close} did before it compacted: the time of the close (ms). */
    public static double h2OpenAndClose(Path folder, DatabasePassword password) throws SQLException {
        Connection c = h2(folder, password);
        long t = System.nanoTime();
        c.close();
        return (System.nanoTime() - t) / 1e6;
    }

    /** H2's {@code BACKUP TO} of the file as it is (a backup taken before the store closed); the zip's size. */
    public static long h2Backup(Path folder, DatabasePassword password, Path zip) throws SQLException, IOException {
        try (Connection c = h2(folder, password); Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
        return Files.size(zip);
    }

    private static Connection h2(Path folder, DatabasePassword password) throws SQLException {
        return DriverManager.getConnection(Store.url(folder, password != null), "banso",
                password == null ? "" : password.jdbcPassword());
    }
}
