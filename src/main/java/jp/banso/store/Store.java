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
 * Optionally encrypted (H2's AES file encryption, see {@link DatabasePassword}).
 */
public final class Store implements AutoCloseable {
    public static final String DB_NAME = "banso";
    /**
     * The newest migration of a laptop's database (V{n}__….sql in {@link #MIGRATIONS} and {@link #LAPTOP_MIGRATIONS});
     * a test keeps the two in step.
     */
    static final int SCHEMA_VERSION = 7;
    /** Steps shared by the laptop's H2 database and the team server's PostgreSQL (the tables people's work is in). */
    public static final String MIGRATIONS = "classpath:jp/banso/store/migration";
    /** Steps only a laptop has (its change log and sync state); the team server has its own (store.server). */
    static final String LAPTOP_MIGRATIONS = "classpath:jp/banso/store/schema/local";

    private final Path directory;
    /** Replaced when a full disk made H2 close the database: the old pool's connections are dead for good. */
    private volatile JdbcConnectionPool pool;
    private final String url;
    /**
     * Held for the store's lifetime: keeps the database (and its lock) open between handles. H2 closes the database
     * when a write fails for lack of space; once a kept write succeeds again, a new one is taken.
     */
    private volatile Connection keepAlive;
    /** The key of an encrypted store (memory only), null when the file is not encrypted. */
    private final DatabasePassword password;
    private volatile boolean closed;
    private final Jdbi jdbi;
    private final CaseRepository cases;
    private final MeetingRepository meetings;
    private final BoardRepository boards;
    private final RoadmapRepository roadmaps;
    private final PortfolioRepository portfolio;
    private final CommittedWrites writes;
    private final PendingWrites pending;
    private final ServerChanges serverChanges = new ServerChanges();

    private Store(Path directory, String url, JdbcConnectionPool pool, Connection keepAlive, DatabasePassword password) {
        this.directory = directory;
        this.url = url;
        this.password = password;
        this.pool = pool;
        this.keepAlive = keepAlive;
        this.jdbi = Jdbi.create(new CurrentPool());
        this.writes = new CommittedWrites(jdbi);
        this.pending = new PendingWrites(directory, this::keepOpen, this::renewPool);
        guardPendingWrites();
        this.cases = new CaseRepository(jdbi, pending);
        this.meetings = new MeetingRepository(jdbi, pending);
        this.boards = new BoardRepository(jdbi, pending);
        this.roadmaps = new RoadmapRepository(jdbi, pending);
        this.portfolio = new PortfolioRepository(jdbi);
        serverChanges.addInTransaction(pending.serverReplaced()::remember);
        serverChanges.addInTransaction(boards.editHistory()::blockOverlapped);
        serverChanges.addInTransaction(roadmaps.editHistory()::blockOverlapped);
    }

    /**
     * While edits wait to be written ({@link PendingWrites}), no other write may overtake them (an import, a new case,
     * a board created from a template): such a write is refused with the reason, and nothing of it is written.
     */
    private void guardPendingWrites() {
        jdbi.getConfig(org.jdbi.v3.core.statement.SqlStatements.class).addCustomizer(
                new org.jdbi.v3.core.statement.StatementCustomizer() {
                    @Override
                    public void beforeExecution(java.sql.PreparedStatement stmt, org.jdbi.v3.core.statement.StatementContext ctx)
                            throws SQLException {
                        if (pending.size() > 0 && !pending.isWritingThread() && CommittedWrites.isWrite(ctx.getRawSql())) {
                            throw new SQLException("refused while edits wait to be written", "BANSO",
                                    new StoreException("この操作はできませんでした。保存できていない変更が" + pending.size()
                                            + "件あります。" + pending.problem()));
                        }
                    }
                });
    }

    /** Jdbi's connections come from whichever pool is current. */
    private final class CurrentPool implements javax.sql.DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return pool.getConnection();
        }

        @Override
        public Connection getConnection(String user, String pw) throws SQLException {
            return pool.getConnection(user, pw);
        }

        @Override
        public java.io.PrintWriter getLogWriter() {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() {
            return pool.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getLogger(Store.class.getName());
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return pool.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return pool.isWrapperFor(iface);
        }
    }

    /**
     * Before kept writes are tried again after a failure: H2 closed the database when the disk failed it, and the
     * pooled connections stay closed; a new pool opens the database afresh (which works once there is space).
     */
    private synchronized void renewPool() {
        if (closed) {
            return;
        }
        JdbcConnectionPool old = pool;
        pool = JdbcConnectionPool.create(url, "banso", password == null ? "" : password.jdbcPassword());
        closeQuietly(keepAlive);
        old.dispose();
    }

    /** After kept writes reached the database again: a connection holds it open (and locked) once more. */
    private void keepOpen() {
        try {
            if (!closed && (keepAlive.isClosed() || !keepAlive.isValid(2))) {
                Connection fresh = pool.getConnection();
                closeQuietly(keepAlive);
                keepAlive = fresh;
            }
        } catch (SQLException e) {
            java.util.logging.Logger.getLogger(Store.class.getName()).warning("keep-alive connection not renewed: " + e);
        }
    }

    /** Opens (creating if needed) the unencrypted database in the folder and brings its schema up to date. */
    public static Store open(Path directory) {
        return open(directory, null);
    }

    /**
     * Opens (creating if needed) the database in the folder and brings its schema up to date. With a password the
     * file is (or, when new, becomes) encrypted with H2's AES file encryption; without one it must be unencrypted.
     * A wrong password is refused before anything is written ({@link StoreException.Reason#WRONG_PASSWORD}).
     */
    public static Store open(Path directory, DatabasePassword password) {
        prepareDirectory(directory);
        Path file = directory.resolve(DatabaseFile.NAME);
        DatabaseFile.State state = DatabaseFile.stateOf(file);
        if (state == DatabaseFile.State.ENCRYPTED && password == null) {
            throw new StoreException(StoreException.Reason.PASSWORD_REQUIRED,
                    "このデータはパスワードで保護されています: " + directory + "\nパスワードを入力して開いてください。", null);
        }
        if (state == DatabaseFile.State.PLAIN && password != null) {
            throw new StoreException("このデータはパスワードで保護されていません: " + directory);
        }
        String url = url(directory, password != null);
        DatabaseFileCheck.beforeOpen(directory, file, url, password);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "banso", password == null ? "" : password.jdbcPassword());
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
        Store store = new Store(directory, url, pool, keepAlive, password);
        MunicipalityCodes.assignQuietly(store.jdbi);
        return store;
    }

    /**
     * The JDBC URL: an embedded file database (never a server: no AUTO_SERVER, no tcp, so Banso opens no socket).
     * WRITE_DELAY=0: every commit reaches the file at once, so a killed process loses nothing committed.
     * Encrypted: CIPHER=AES, and no trace file (H2's error trace would write statements and values in plain text).
     */
    static String url(Path directory, boolean encrypted) {
        return "jdbc:h2:file:" + directory.resolve(DB_NAME).toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
                + (encrypted ? ";CIPHER=AES;TRACE_LEVEL_FILE=0" : "");
    }

    /**
     * Refuses a folder that another Banso has open, without opening the database (so before asking for a password).
     * Only for a folder this process has not opened: closing the probe would drop this process's own lock on it.
     */
    public static void checkNotInUse(Path directory) {
        Path file = directory.resolve(DatabaseFile.NAME);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.READ, java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = ch.tryLock();
            if (lock == null) {
                throw inUse(directory, null);
            }
            lock.release();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            throw inUse(directory, e);
        } catch (IOException e) {
            // not writable or not readable: Store.open says why
        }
    }

    private static StoreException inUse(Path directory, Throwable cause) {
        return new StoreException(StoreException.Reason.IN_USE, "このデータフォルダは別のBansoで使用中です: " + directory
                + "\n開いているBansoのウィンドウを使うか、閉じてからもう一度起動してください。", cause);
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
        int version = schemaVersion(pool);
        if (version == SCHEMA_VERSION) {
            return; // nothing to migrate: Flyway's start (~0.4 s of class loading and scanning) is not needed
        }
        if (version > SCHEMA_VERSION) {
            // Flyway would ignore the unknown newer steps and let this older app write into a newer schema
            throw new StoreException("このデータは新しいバージョンのBansoで作成されています: " + directory
                    + "\nBansoを更新してから開いてください。");
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations(MIGRATIONS, LAPTOP_MIGRATIONS)
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

    /**
     * The version the schema history ends at when every step succeeded; -1 for a new database, a failed step or a
     * history we do not understand (Flyway then migrates or explains).
     */
    static int schemaVersion(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("select count(*), sum(case when \"success\" then 0 else 1 end), "
                     + "max(cast(\"version\" as int)) from \"flyway_schema_history\" where \"version\" is not null")) {
            return rs.next() && rs.getInt(1) > 0 && rs.getInt(2) == 0 ? rs.getInt(3) : -1;
        } catch (SQLException | NumberFormatException e) {
            return -1;
        }
    }

    static StoreException translate(SQLException e, Path directory) {
        switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return inUse(directory, e);
            case ErrorCode.FILE_CORRUPTED_1:
            case ErrorCode.GENERAL_ERROR_1:
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
                return damaged(directory, "", e);
            case ErrorCode.WRONG_USER_OR_PASSWORD:
            case ErrorCode.FILE_ENCRYPTION_ERROR_1:
                return new StoreException(StoreException.Reason.WRONG_PASSWORD,
                        "パスワードが違います。データベースを開けません: " + directory, e);
            default:
                // H2's text is for the log (the caller logs the cause), not for the user
                java.util.logging.Logger.getLogger(Store.class.getName()).warning("database not opened: " + e);
                return new StoreException("データベースを開けません: " + directory
                        + "\nほかのプログラムがこのフォルダを使っていないかを確かめて、もう一度起動してください。"
                        + "開けないままのときは、バックアップから復元できます。", e);
        }
    }

    static StoreException damaged(Path directory, String how, Throwable cause) {
        return new StoreException(StoreException.Reason.DAMAGED, "データベースファイルが壊れているため開けません" + how + ": "
                + directory + "\nファイルは変更していません。バックアップから復元してください。", cause);
    }

    /**
     * Runs the listener after every write that reached the database (on the writing thread): the status bar's
     * 「保存しました」 follows forms, boards, roadmaps and imports alike.
     */
    public void onCommittedWrite(Runnable listener) {
        writes.add(listener);
    }

    /**
     * Runs the listener after a committed write to one of {@code tables} only (their names in lower case), on the
     * writing thread: a page made of a few tables is not told about every note typed.
     */
    public void onCommittedWrite(java.util.Set<String> tables, Runnable listener) {
        writes.add(tables, listener);
    }

    public Path directory() {
        return directory;
    }

    /** Edits waiting to be written because the disk could not take them (normally none). */
    public PendingWrites pendingWrites() {
        return pending;
    }

    /** Rows sync brought from the team server (see {@link ServerChanges}). */
    public ServerChanges serverChanges() {
        return serverChanges;
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

    /** The prefecture's view over all municipalities (read-only). */
    public PortfolioRepository portfolio() {
        return portfolio;
    }

    /** Whether many small commits left the file loose (it would be compacted at close, {@link Compaction}). */
    boolean isLoose() {
        return jdbi.withHandle(h -> {
            try {
                return Compaction.loose(h.getConnection(), directory.resolve(DatabaseFile.NAME));
            } catch (java.sql.SQLException | IOException e) {
                return false; // then it is backed up as it is
            }
        });
    }

    /** Whether the database file is encrypted (a password was needed to open it). */
    public boolean isEncrypted() {
        return password != null;
    }

    DatabasePassword password() {
        return password;
    }

    /** Whether this password is the one the store was opened with (to confirm a change of password). */
    public boolean hasPassword(DatabasePassword candidate) {
        return password != null && password.equals(candidate);
    }

    /** For later capabilities' repositories and for tests. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** False once closed (a restore or a password change closes the store it replaces). */
    public boolean isOpen() {
        return !closed;
    }

    /**
     * Closes the database; a file that many small commits left loose is compacted on the way ({@link Compaction}), not
     * while edits wait for the disk (the disk that could not take them would not take a compacted copy either).
     */
    @Override
    public void close() {
        closed = true;
        closeQuietly(keepAlive); // back to the pool, whose open connections keep the database open for the compaction
        if (pending.size() == 0) {
            Compaction.closeIfLoose(url, password == null ? "" : password.jdbcPassword(), directory.resolve(DatabaseFile.NAME));
        }
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
