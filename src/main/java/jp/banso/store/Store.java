package jp.banso.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

/**
 * The embedded H2 database in a data folder: opened once per app, migrated with Flyway, every write committed
 * as it happens. One instance per folder: H2's file lock refuses a second writer and we say so in Japanese.
 */
public final class Store implements AutoCloseable {
    public static final String DB_NAME = "banso";

    private final Path directory;
    private final JdbcConnectionPool pool;
    /** Held for the store's lifetime: keeps the database (and its lock) open between handles. */
    private final Connection keepAlive;
    private final Jdbi jdbi;
    private final CaseRepository cases;
    private final MeetingRepository meetings;
    private final BoardRepository boards;
    private final RoadmapRepository roadmaps;

    private Store(Path directory, JdbcConnectionPool pool, Connection keepAlive) {
        this.directory = directory;
        this.pool = pool;
        this.keepAlive = keepAlive;
        this.jdbi = Jdbi.create(pool);
        this.cases = new CaseRepository(jdbi);
        this.meetings = new MeetingRepository(jdbi);
        this.boards = new BoardRepository(jdbi);
        this.roadmaps = new RoadmapRepository(jdbi);
    }

    /** Opens (creating if needed) the database in the folder and brings its schema up to date. */
    public static Store open(Path directory) {
        prepareDirectory(directory);
        // WRITE_DELAY=0: every commit reaches the file at once, so a killed process loses nothing committed.
        String url = "jdbc:h2:file:" + directory.resolve(DB_NAME).toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
        DatabaseFileCheck.beforeOpen(directory, directory.resolve(DB_NAME + ".mv.db"), url);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "banso", "");
        Connection keepAlive;
        try {
            keepAlive = pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, directory);
        }
        try {
            migrate(pool, directory);
        } catch (RuntimeException e) {
            closeQuietly(keepAlive);
            pool.dispose();
            throw e;
        }
        return new Store(directory, pool, keepAlive);
    }

    private static void prepareDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("データフォルダを作成できません: " + directory + "\n書き込みできる場所を --data-dir で指定してください。", e);
        }
        Path file = directory.resolve(DB_NAME + ".mv.db");
        if (!Files.isWritable(directory) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new StoreException("データフォルダに書き込めません（読み取り専用です）: " + directory
                    + "\nデータを守るため起動を中止しました。書き込みできるフォルダを指定してください。");
        }
    }

    private static void migrate(JdbcConnectionPool pool, Path directory) {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:jp/banso/store/migration")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            String detail = String.valueOf(e.getMessage());
            if (detail.contains("not resolved locally") || detail.contains("newer")) {
                throw new StoreException("このデータは新しいバージョンのBansoで作成されています: " + directory
                        + "\nBansoを更新してから開いてください。", e);
            }
            throw new StoreException("データベースの更新（マイグレーション）に失敗しました: " + directory, e);
        }
    }

    static StoreException translate(SQLException e, Path directory) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return new StoreException("このデータフォルダは別のBansoで使用中です: " + directory
                        + "\n開いているBansoのウィンドウを使うか、閉じてからもう一度起動してください。", e);
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.GENERAL_ERROR_1:
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
                return new StoreException("データベースファイルが壊れているため開けません: " + directory
                        + "\nファイルは変更していません。バックアップから復元してください。", e);
            case ErrorCode.WRONG_USER_OR_PASSWORD:
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
                return new StoreException("データベースを開けません（パスワードが違います）: " + directory, e);
            default:
                return new StoreException("データベースを開けません: " + directory + "\n(" + e.getMessage() + ")", e);
        }
    }

    public Path directory() {
        return directory;
    }

    public CaseRepository cases() {
        return cases;
    }

    public MeetingRepository meetings() {
        return meetings;
    }

    public BoardRepository boards() {
        return boards;
    }

    public RoadmapRepository roadmaps() {
        return roadmaps;
    }

    /** For later capabilities' repositories and for tests. */
    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        closeQuietly(keepAlive);
        pool.dispose();
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing: nothing left to protect
        }
    }
}
