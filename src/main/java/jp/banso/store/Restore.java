package jp.banso.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Restoring a backup, from the menu (replacing the open store's database) or at start (in place of a damaged or missing
 * file). Always in the same order: unpack the backup into a work folder beside the database, open that copy completely
 * (which also brings an older backup's schema up to date and refuses a backup from a newer Banso), and only then rename
 * it onto {@code banso.mv.db} in one step. A broken backup, a wrong password or a crash part-way leaves the database as
 * it was. Before the database of an open store is replaced, a 復元前 backup of it is taken; a damaged file is kept as
 * {@code banso.mv.db.damaged-<date-time>}, never deleted.
 */
public final class Restore {
    private static final Logger LOG = Logger.getLogger(Restore.class.getName());
    private static final DateTimeFormatter ASIDE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Restore() {
    }

    /** What a backup holds, counted from the backup itself. */
    public record Contents(int cases, int meetings, int boards) {
    }

    /**
     * Passwords for an encrypted backup: {@code attempt} 0 first, then 1, 2, … after each wrong one. Null gives up
     * (the backup is not restored).
     */
    @FunctionalInterface
    public interface PasswordSource {
        DatabasePassword passwordFor(BackupInfo backup, int attempt);
    }

    /** A backup unpacked and checked, ready to become the database; closing it removes it if it was not used. */
    public static final class Prepared implements AutoCloseable {
        private final WorkFolder work;
        private final BackupInfo backup;
        private final DatabasePassword password;
        private final Contents contents;

        private Prepared(WorkFolder work, BackupInfo backup, DatabasePassword password, Contents contents) {
            this.work = work;
            this.backup = backup;
            this.password = password;
            this.contents = contents;
        }

        public BackupInfo backup() {
            return backup;
        }

        public Contents contents() {
            return contents;
        }

        /** Whether the backup is encrypted (and so needed a password). */
        public boolean encrypted() {
            return password != null;
        }

        @Override
        public void close() {
            work.close();
        }
    }

    /**
     * Unpacks a backup and opens the copy as a start-up would. Throws a {@link StoreException}: {@code DAMAGED} for a
     * broken zip or database, {@code PASSWORD_REQUIRED} when the password source gave up, {@code OTHER} for a backup
     * of a newer Banso. Nothing in the data folder changes.
     */
    public static Prepared prepare(Path dataDirectory, Backups backups, BackupInfo backup, PasswordSource passwords) {
        WorkFolder work;
        try {
            work = WorkFolder.create(dataDirectory);
        } catch (IOException e) {
            throw new StoreException("復元の準備ができません（データフォルダに書き込めません）: " + dataDirectory, e);
        }
        try {
            try {
                backups.extract(backup, work.databaseFile());
            } catch (IOException e) {
                throw new StoreException(StoreException.Reason.DAMAGED,
                        "バックアップのファイルが壊れています: " + backup.file().getFileName(), e);
            }
            boolean encrypted = DatabaseFile.stateOf(work.databaseFile()) == DatabaseFile.State.ENCRYPTED;
            for (int attempt = 0; ; attempt++) {
                DatabasePassword password = encrypted ? passwords.passwordFor(backup, attempt) : null;
                if (encrypted && password == null) {
                    throw new StoreException(StoreException.Reason.PASSWORD_REQUIRED,
                            "バックアップのパスワードが入力されなかったため、復元しませんでした。", null);
                }
                try (Store copy = Store.open(work.path(), password)) {
                    return new Prepared(work, backup, password, contents(copy));
                } catch (StoreException e) {
                    if (e.reason() == StoreException.Reason.WRONG_PASSWORD) {
                        continue;
                    }
                    if (e.reason() == StoreException.Reason.DAMAGED) {
                        throw new StoreException(StoreException.Reason.DAMAGED,
                                "バックアップのデータベースが壊れています: " + backup.file().getFileName(), e);
                    }
                    throw new StoreException(e.reason(), e.getMessage().replace(work.path().toString(),
                            backup.file().getFileName().toString()), e);
                }
            }
        } catch (RuntimeException e) {
            work.close();
            throw e;
        }
    }

    /**
     * {@link #prepare} for a restore into an open store: an encrypted backup is tried with the store's own password
     * first, and only then are {@code askUser}'s passwords tried (its attempt 0 is the first question to the user).
     */
    public static Prepared prepareFor(Store current, Backups backups, BackupInfo backup, PasswordSource askUser) {
        DatabasePassword own = current.password();
        return prepare(current.directory(), backups, backup, (b, attempt) -> own == null ? askUser.passwordFor(b, attempt)
                : attempt == 0 ? own : askUser.passwordFor(b, attempt - 1));
    }

    /**
     * Removes what interrupted backups, restores and password changes left in the data folder (call with the store
     * open, so no other Banso is writing there): the app does it at start, every command when it opens the folder.
     */
    public static void cleanUp(Store store) {
        WorkFolder.cleanUp(store.directory());
        new Backups(store.directory()).removeLeftovers();
    }

    /**
     * The newest backup that opens (for the start after a damaged or missing file): each backup, newest first, is
     * prepared in turn; damaged ones and those whose password is not given are passed over.
     */
    public static Optional<Prepared> newestUsable(Path dataDirectory, Backups backups, PasswordSource passwords) {
        for (BackupInfo b : backups.list()) {
            try {
                return Optional.of(prepare(dataDirectory, backups, b, passwords));
            } catch (StoreException e) {
                LOG.warning("backup passed over: " + b.file() + ": " + e.getMessage() + " / " + e.getCause());
            }
        }
        return Optional.empty();
    }

    /**
     * Replaces the open store's database with a prepared backup and returns the store reopened on it. Keeps the
     * current state first as a 復元前 backup. The restored database gets the store's current password (or none), so a
     * backup taken under an older password does not bring that password back. {@code current} is closed.
     */
    public static Store restore(Store current, Backups backups, Prepared prepared) {
        current.pendingWrites().requireSaved("復元できません。"); // replacing the database would drop them
        synchronized (backups.lock()) {
            try (prepared) {
                Path dir = current.directory();
                DatabasePassword target = current.password();
                Path file = prepared.work.databaseFile();
                try {
                    if (!Objects.equals(prepared.password, target)) {
                        Path converted = prepared.work.path().resolve("converted.db");
                        DatabaseFile.copy(file, prepared.password, converted, target);
                        DatabaseFile.replace(converted, file);
                        DatabaseFileCheck.beforeOpen(prepared.work.path(), file,
                                Store.url(prepared.work.path(), target != null), target);
                    }
                } catch (IOException e) {
                    throw new StoreException("バックアップを復元できませんでした（変換に失敗しました）。データは変更していません。", e);
                }
                backups.takeWithoutRotating(current, BackupReason.BEFORE_RESTORE);
                current.close();
                try {
                    DatabaseFile.replace(file, dir.resolve(DatabaseFile.NAME));
                } catch (IOException e) {
                    throw new Failed("バックアップを復元できませんでした（ファイルを置き換えられません）。データは変更していません。", e,
                            Store.open(dir, target));
                }
                Store reopened = Store.open(dir, target);
                backups.rotate();
                return reopened;
            }
        }
    }

    /**
     * At start, in place of a damaged or missing database file: the damaged file (if any) is kept beside it as
     * {@code banso.mv.db.damaged-<date-time>}, the prepared backup becomes the database (with the backup's own
     * password), and the store is opened on it.
     */
    public static Store recover(Path dataDirectory, Prepared prepared, Clock clock) {
        Path file = dataDirectory.resolve(DatabaseFile.NAME);
        try (prepared) {
            if (Files.exists(file)) {
                keepAside(file, file.resolveSibling(damagedName(LocalDateTime.now(clock))));
            }
            DatabaseFile.replace(prepared.work.databaseFile(), file);
        } catch (IOException e) {
            throw new StoreException("バックアップを復元できませんでした: " + dataDirectory
                    + "\nデータフォルダに書き込めるか、空き容量があるかを確かめてください。", e);
        }
        return Store.open(dataDirectory, prepared.password);
    }

    /** The name the damaged file is kept under: {@code banso.mv.db.damaged-20250106-091500}. */
    public static String damagedName(LocalDateTime when) {
        return DatabaseFile.NAME + ".damaged-" + ASIDE_TIME.format(when);
    }

    /**
     * A second name for the damaged file (a hard link: no copy, and never a moment without {@code banso.mv.db}); a copy
     * where the disk has no hard links (FAT, exFAT).
     */
    private static void keepAside(Path file, Path aside) throws IOException {
        for (int n = 2; Files.exists(aside); n++) {
            aside = aside.resolveSibling(aside.getFileName().toString().replaceFirst("(_\\d+)?$", "_" + n));
        }
        try {
            Files.createLink(aside, file);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(file, aside);
            DatabaseFile.sync(aside);
        }
        DatabaseFile.syncDirectory(aside.getParent());
    }

    private static Contents contents(Store store) {
        return store.jdbi().withHandle(h -> h.createQuery("select (select count(*) from support_case), "
                + "(select count(*) from meeting), (select count(*) from board)")
                .map((rs, ctx) -> new Contents(rs.getInt(1), rs.getInt(2), rs.getInt(3))).one());
    }

    /** A restore that failed after the open store was closed: the store reopened on the unchanged database. */
    public static final class Failed extends StoreException {
        private final transient Store store;

        Failed(String message, Throwable cause, Store store) {
            super(message, cause);
            this.store = store;
        }

        public Store store() {
            return store;
        }
    }
}
