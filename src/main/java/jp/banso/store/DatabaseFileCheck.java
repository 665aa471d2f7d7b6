package jp.banso.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an existing database file before it is opened for writing. A read-write open of a damaged file makes H2
 * rewrite its headers (even when it then fails), and a file cut short silently falls back to older data; both
 * would turn a recoverable file into a lost one. So: look at the header, then open read-only and read every row.
 */
final class DatabaseFileCheck {
    private static final Pattern BLOCK = Pattern.compile("(?:^|,)block:([0-9a-f]+)");
    private static final Pattern BLOCK_SIZE = Pattern.compile(",blockSize:([0-9a-f]+)");

    private DatabaseFileCheck() {
    }

    static void beforeOpen(Path directory, Path file, String url, DatabasePassword password) {
        if (!Files.exists(file)) {
            return;
        }
        if (password != null) {
            checkPassword(directory, file, password);
        }
        checkNotTruncated(directory, file, password);
        readEverythingReadOnly(directory, url, password);
    }

    /**
     * H2 answers both a wrong password and damage inside an encrypted file with the same "encryption error". The file
     * keeps two copies of its header ("H:2,block:…") in its first two blocks: if either decrypts to that, the password
     * is right and whatever fails later is damage.
     */
    private static void checkPassword(Path directory, Path file, DatabasePassword password) {
        try (FileChannel ch = DatabaseFile.openForReading(file, password)) {
            ByteBuffer buf = ByteBuffer.allocate(8192);
            while (buf.hasRemaining() && ch.read(buf, buf.position()) > 0) {
                // both header blocks, or what there is
            }
            String start = new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
            if (!start.startsWith("H:2,") && !(start.length() > 4100 && start.startsWith("H:2,", 4096))) {
                throw new StoreException(StoreException.Reason.WRONG_PASSWORD,
                        "パスワードが違います。データベースを開けません: " + directory, null);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof StoreException se) {
                throw se;
            }
            throw Store.damaged(directory, "（ファイルが途中で切れています）", e);
        }
    }

    /**
     * H2's header names the block of its last chunk; a file that ends before it was cut short (an interrupted copy).
     * An encrypted file is read through H2's decryption; with a wrong password the header is noise, the check does not
     * apply, and H2 itself then refuses the password.
     */
    private static void checkNotTruncated(Path directory, Path file, DatabasePassword password) {
        try (FileChannel ch = DatabaseFile.openForReading(file, password)) {
            long size = ch.size();
            ByteBuffer buf = ByteBuffer.allocate(4096);
            ch.read(buf, 0);
            String header = new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
            Matcher block = BLOCK.matcher(header);
            Matcher blockSize = BLOCK_SIZE.matcher(header);
            if (header.startsWith("H:") && block.find() && blockSize.find()
                    && Long.parseLong(block.group(1), 16) * Long.parseLong(blockSize.group(1), 16) >= size) {
                throw Store.damaged(directory, "（ファイルが途中で切れています）", null);
            }
        } catch (IOException e) {
            throw new StoreException("データベースファイルを読み込めません: " + directory, e);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            // H2's decryption on a file too short to hold its own encryption header
            throw Store.damaged(directory, "（ファイルが途中で切れています）", e);
        }
    }

    /** Damage anywhere in live data shows up here, before a single byte is written. */
    private static void readEverythingReadOnly(Path directory, String url, DatabasePassword password) {
        try (Connection c = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r", "banso",
                password == null ? "" : password.jdbcPassword());
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select table_schema, table_name from information_schema.tables "
                    + "where table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add('"' + rs.getString(1) + "\".\"" + rs.getString(2) + '"');
                }
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("select * from " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            if (password != null && e.getErrorCode() == org.h2.api.ErrorCode.FILE_ENCRYPTION_ERROR_1) {
                throw Store.damaged(directory, "", e); // the password opened the header: this is damage
            }
            throw Store.translate(e, directory);
        }
    }
}
