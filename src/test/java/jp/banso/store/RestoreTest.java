package jp.banso.store;

import static jp.banso.store.SafetyFixtures.OTHER_PASSWORD;
import static jp.banso.store.SafetyFixtures.PASSWORD;
import static jp.banso.store.SafetyFixtures.addCase;
import static jp.banso.store.SafetyFixtures.assertNoWorkFolders;
import static jp.banso.store.SafetyFixtures.municipalities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Restoring from the menu, and recovering at start from a damaged or missing database file. */
class RestoreTest {
    @TempDir
    Path tmp;

    @Test
    void restoreBringsBackTheBackupAndKeepsTheCurrentStateAsABeforeRestoreBackup() throws Exception {
        Path data = tmp.resolve("data");
        Backups backups = new Backups(data);
        Store store = Store.open(data);
        try {
            addCase(store, "さくら市");
            BackupInfo old = backups.take(store, BackupReason.START);
            addCase(store, "館林市");

            try (Restore.Prepared p = Restore.prepare(data, backups, old, (b, n) -> null)) {
                assertThat(p.contents().cases()).isEqualTo(1);
                store = Restore.restore(store, backups, p);
            }
            assertThat(municipalities(store)).containsExactly("さくら市");
            BackupInfo before = backups.newest().orElseThrow();
            assertThat(before.reason()).isEqualTo(BackupReason.BEFORE_RESTORE);
            assertThat(before.cases()).isEqualTo(2);
            // and that one restores too: the restore can be undone
            try (Restore.Prepared p = Restore.prepare(data, backups, before, (b, n) -> null)) {
                store = Restore.restore(store, backups, p);
            }
            assertThat(municipalities(store)).containsExactly("さくら市", "館林市");
            assertNoWorkFolders(data);
            // the store works as before
            addCase(store, "富士川町");
            assertThat(municipalities(store)).hasSize(3);
        } finally {
            store.close();
        }
    }

    /** A broken backup changes nothing: refused while preparing, before anything of the data folder is touched. */
    @Test
    void aBrokenBackupIsRefusedAndTheDatabaseIsUntouched() throws Exception {
        Path data = tmp.resolve("data");
        Backups backups = new Backups(data);
        try (Store store = Store.open(data)) {
            addCase(store, "さくら市");
            BackupInfo b = backups.take(store, BackupReason.MANUAL);
            addCase(store, "館林市");
            byte[] zip = Files.readAllBytes(b.file());

            List<byte[]> broken = new ArrayList<>();
            broken.add(Arrays.copyOf(zip, zip.length / 2));                // cut short
            byte[] noisy = zip.clone();
            new Random(5).nextBytes(Arrays.copyOfRange(noisy, 0, 0));
            for (int i = zip.length / 3; i < zip.length / 3 + 2000; i++) {
                noisy[i] = (byte) (noisy[i] ^ 0x5a);                      // damaged in the middle
            }
            broken.add(noisy);
            broken.add("not a zip".getBytes());
            for (byte[] bytes : broken) {
                Files.write(b.file(), bytes);
                StoreException e = catchThrowableOfType(StoreException.class, () -> Restore.prepare(data, backups, b, (x, n) -> null));
                assertThat(e).isNotNull();
                assertThat(e.reason()).isEqualTo(StoreException.Reason.DAMAGED);
                assertThat(e.getMessage()).startsWith("バックアップ").contains("壊れています");
                assertNoWorkFolders(data);
                assertThat(municipalities(store)).containsExactly("さくら市", "館林市");
            }
        }
    }

    /** The password changed since the backup: the current one is tried first, then the user is asked for the old one. */
    @Test
    void aBackupTakenUnderAnOlderPasswordIsRestoredWithThatPasswordAndGetsTheCurrentOne() throws Exception {
        Path data = tmp.resolve("data");
        Backups backups = new Backups(data);
        Store store = Store.open(data, PASSWORD);
        try {
            addCase(store, "さくら市");
            BackupInfo old = backups.take(store, BackupReason.START);
            store = Encryption.change(store, backups, OTHER_PASSWORD).store();
            addCase(store, "館林市");

            List<Integer> asked = new ArrayList<>();
            try (Restore.Prepared p = Restore.prepare(data, backups, old, (b, attempt) -> {
                asked.add(attempt);
                return attempt == 0 ? OTHER_PASSWORD : attempt == 1 ? DatabasePassword.of("違う") : PASSWORD;
            })) {
                assertThat(asked).containsExactly(0, 1, 2);
                store = Restore.restore(store, backups, p);
            }
            assertThat(municipalities(store)).containsExactly("さくら市");
            assertThat(store.hasPassword(OTHER_PASSWORD)).isTrue();
        } finally {
            store.close();
        }
        // the restored database has the current password, not the backup's
        try (Store reopened = Store.open(data, OTHER_PASSWORD)) {
            assertThat(municipalities(reopened)).containsExactly("さくら市");
        }
        assertThat(catchThrowableOfType(StoreException.class, () -> Store.open(data, PASSWORD)).reason())
                .isEqualTo(StoreException.Reason.WRONG_PASSWORD);
    }

    @Test
    void anUnencryptedBackupRestoredIntoAnEncryptedFolderIsEncrypted() throws Exception {
        Path data = tmp.resolve("data");
        Backups backups = new Backups(data);
        Store store = Store.open(data);
        BackupInfo plain;
        try {
            addCase(store, "さくら市");
            plain = backups.take(store, BackupReason.START);
            // the password is set: the old backup is encrypted on the way (see EncryptionTest); make it plain again
            byte[] plainZip = Files.readAllBytes(plain.file());
            Encryption.Changed changed = Encryption.change(store, backups, PASSWORD);
            store = changed.store();
            Files.write(plain.file(), plainZip);
            try (Restore.Prepared p = Restore.prepare(data, backups, plain, (b, n) -> {
                throw new AssertionError("no password for an unencrypted backup");
            })) {
                store = Restore.restore(store, backups, p);
            }
            assertThat(store.isEncrypted()).isTrue();
        } finally {
            store.close();
        }
        assertThat(DatabaseFile.state(data)).isEqualTo(DatabaseFile.State.ENCRYPTED);
        assertThat(SafetyFixtures.contains(Files.readAllBytes(data.resolve(DatabaseFile.NAME)), SafetyFixtures.MARKER)).isFalse();
    }

    // --- recovery at start ---

    @Test
    void aTruncatedDatabaseIsRecoveredFromTheNewestBackupAndKeptAside() throws Exception {
        Path data = tmp.resolve("data");
        backupThenDamage(data, null, SafetyFixtures::cutBeforeNewestChunk);
    }

    @Test
    void aDatabaseDamagedInTheMiddleIsRecoveredFromTheNewestBackupAndKeptAside() throws Exception {
        Path data = tmp.resolve("data");
        backupThenDamage(data, null, (file, newest) -> SafetyFixtures.overwriteBlocksWithData(data.resolve(DatabaseFile.NAME), null));
    }

    @Test
    void anEncryptedDatabaseDamagedInTheMiddleIsRecoveredWithItsPassword() throws Exception {
        Path data = tmp.resolve("data");
        backupThenDamage(data, PASSWORD, (file, newest) -> SafetyFixtures.overwriteBlocksWithData(data.resolve(DatabaseFile.NAME), PASSWORD));
    }

    @Test
    void anEncryptedTruncatedDatabaseIsRecoveredWithItsPassword() throws Exception {
        Path data = tmp.resolve("data");
        backupThenDamage(data, PASSWORD, SafetyFixtures::cutBeforeNewestChunk);
    }

    private void backupThenDamage(Path data, DatabasePassword password, Damage damage)
            throws Exception {
        Backups backups = new Backups(data);
        try (Store store = Store.open(data, password)) {
            for (int i = 0; i < 30; i++) {
                addCase(store, "市" + i, "あ".repeat(300)); // a file of several chunks
            }
            backups.take(store, BackupReason.EXIT);
        }
        Path file = data.resolve(DatabaseFile.NAME);
        byte[] damaged = damage.apply(Files.readAllBytes(file), SafetyFixtures.newestChunkOffset(file, password));
        Files.write(file, damaged);

        StoreException refused = catchThrowableOfType(StoreException.class, () -> Store.open(data, password));
        assertThat(refused).as("opening the damaged file").isNotNull();
        assertThat(refused.reason()).isEqualTo(StoreException.Reason.DAMAGED);
        assertThat(Files.readAllBytes(file)).as("the damaged file after the refused open").isEqualTo(damaged);

        Optional<Restore.Prepared> offer = Restore.newestUsable(data, backups, (b, n) -> n == 0 ? password : null);
        assertThat(offer).isPresent();
        assertThat(offer.get().contents().cases()).isEqualTo(30);
        assertThat(Files.readAllBytes(file)).as("the damaged file while the backup is offered").isEqualTo(damaged);
        try (Store store = Restore.recover(data, offer.get(), java.time.Clock.systemDefaultZone())) {
            assertThat(store.cases().count()).isEqualTo(30);
            assertThat(store.isEncrypted()).isEqualTo(password != null);
        }
        List<Path> aside;
        try (var files = Files.list(data)) {
            aside = files.filter(p -> p.getFileName().toString().startsWith(DatabaseFile.NAME + ".damaged-")).toList();
        }
        assertThat(aside).singleElement().satisfies(p -> assertThat(Files.readAllBytes(p)).isEqualTo(damaged));
        assertNoWorkFolders(data);
    }

    @FunctionalInterface
    private interface Damage {
        byte[] apply(byte[] file, int newestChunk) throws java.io.IOException;
    }

    @Test
    void aMissingDatabaseIsRecoveredAndADamagedNewestBackupIsPassedOver() throws Exception {
        Path data = tmp.resolve("data");
        Backups backups = new Backups(data);
        BackupInfo older;
        BackupInfo newest;
        try (Store store = Store.open(data)) {
            addCase(store, "さくら市");
            older = backups.take(store, BackupReason.START);
            addCase(store, "館林市");
            newest = backups.take(store, BackupReason.EXIT);
        }
        assertThat(backups.list()).containsExactly(newest, older);
        Files.write(newest.file(), Arrays.copyOf(Files.readAllBytes(newest.file()), 100));
        Files.delete(data.resolve(DatabaseFile.NAME));
        assertThat(Backups.exist(data)).isTrue();

        Restore.Prepared offer = Restore.newestUsable(data, backups, (b, n) -> null).orElseThrow();
        assertThat(offer.backup()).isEqualTo(older);
        try (Store store = Restore.recover(data, offer, java.time.Clock.systemDefaultZone())) {
            assertThat(municipalities(store)).containsExactly("さくら市");
        }
    }

    @Test
    void noBackupThatOpensOffersNothing() throws Exception {
        Path data = tmp.resolve("data");
        Backups backups = new Backups(data);
        try (Store store = Store.open(data, PASSWORD)) {
            addCase(store, "さくら市");
            backups.take(store, BackupReason.START);
        }
        // the user does not know the backup's password
        assertThat(Restore.newestUsable(data, backups, (b, n) -> n < 3 ? DatabasePassword.of("違う" + n) : null)).isEmpty();
        assertNoWorkFolders(data);
    }
}
