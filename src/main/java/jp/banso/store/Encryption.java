package jp.banso.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Setting, changing and removing the password of a data folder. The store is closed, its file is copied into a work
 * folder beside it with the new encryption (H2's AES file encryption, through the same code as H2's
 * ChangeFileEncryption), the copy is opened and read completely, and only then renamed onto the database in one step.
 * A crash or a failure at any point leaves the old file with the old password, or the new file with the new one.
 *
 * <p>When a password is set on an unencrypted folder, the existing backups are encrypted with it too: a lost laptop
 * must not hold a readable copy in {@code backups/}. After a change or a removal, older backups keep the password they
 * were taken with (restoring one asks for it).
 */
public final class Encryption {
    private static final Logger LOG = Logger.getLogger(Encryption.class.getName());
    /** The crash tests stop the process at these points ("block", "copied", "replaced"); nothing in the app sets it. */
    static volatile Consumer<String> testHook = point -> { };

    private Encryption() {
    }

    /** The store reopened with its new password, and how many unencrypted backups were encrypted on the way. */
    public record Changed(Store store, int backupsEncrypted) {
    }

    /**
     * Gives the store's database {@code newPassword} (null: no password). {@code store} is closed; use the returned
     * one. On failure a {@link Restore.Failed} carries the store reopened with the old password.
     */
    public static Changed change(Store store, Backups backups, DatabasePassword newPassword) {
        store.pendingWrites().requireSaved("パスワードを変更できません。"); // the store is closed and reopened
        synchronized (backups.lock()) {
            Path dir = store.directory();
            DatabasePassword old = store.password();
            if (Objects.equals(old, newPassword)) {
                return new Changed(store, 0);
            }
            if (newPassword == null) {
                jp.banso.store.sync.SyncSettings.forgetSavedPassword(store); // the file is written unencrypted next
            }
            store.close();
            Path file = dir.resolve(DatabaseFile.NAME);
            try (WorkFolder work = WorkFolder.create(dir)) {
                DatabaseFile.copy(file, old, work.databaseFile(), newPassword, () -> testHook.accept("block"));
                testHook.accept("copied");
                DatabaseFileCheck.beforeOpen(work.path(), work.databaseFile(), Store.url(work.path(), newPassword != null),
                        newPassword);
                DatabaseFile.replace(work.databaseFile(), file);
                testHook.accept("replaced");
            } catch (IOException | RuntimeException e) {
                LOG.warning("password not changed: " + e);
                throw new Restore.Failed("パスワードを変更できませんでした。データとパスワードは元のままです。", e, Store.open(dir, old));
            }
            Store reopened = Store.open(dir, newPassword);
            int encrypted = 0;
            if (old == null) {
                try (WorkFolder work = WorkFolder.create(dir)) {
                    encrypted = backups.encryptUnencrypted(newPassword, work.path());
                } catch (IOException | RuntimeException e) {
                    LOG.warning("backups not all encrypted: " + e);
                    throw new Restore.Failed("パスワードを設定しましたが、一部のバックアップを暗号化できませんでした: " + backups.folder()
                            + "\n暗号化されていないバックアップが残っています。", e, reopened);
                }
            }
            return new Changed(reopened, encrypted);
        }
    }
}
