package jp.banso.store;

import static jp.banso.store.SafetyFixtures.MARKER;
import static jp.banso.store.SafetyFixtures.OTHER_PASSWORD;
import static jp.banso.store.SafetyFixtures.PASSWORD;
import static jp.banso.store.SafetyFixtures.addCase;
import static jp.banso.store.SafetyFixtures.assertNoWorkFolders;
import static jp.banso.store.SafetyFixtures.contains;
import static jp.banso.store.SafetyFixtures.databaseEntry;
import static jp.banso.store.SafetyFixtures.municipalities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password of a data folder: set, changed, removed, refused when wrong, never damaging the file. */
class EncryptionTest {
    @TempDir
    Path tmp;

    @AfterEach
    void noHook() {
        Encryption.testHook = point -> { };
    }

    private static byte[] file(Path data) throws Exception {
        return Files.readAllBytes(data.resolve(DatabaseFile.NAME));
    }

    @Test
    void settingAPasswordEncryptsTheDatabaseAndTheBackupsAlreadyTaken() throws Exception {
        Path data = tmp.resolve("data");
        Backups backups = new Backups(data);
        Store store = Store.open(data);
        try {
            addCase(store, "さくら市");
            BackupInfo before = backups.take(store, BackupReason.START);
            assertThat(contains(databaseEntry(before.file()), MARKER)).as("control: the marker is findable").isTrue();
            assertThat(contains(file(data), MARKER)).as("control: in the plain file too").isTrue();

            Encryption.Changed changed = Encryption.change(store, backups, PASSWORD);
            store = changed.store();
            assertThat(changed.backupsEncrypted()).isEqualTo(1);
            assertThat(store.isEncrypted()).isTrue();
            assertThat(municipalities(store)).containsExactly("さくら市");
            addCase(store, "館林市");
        } finally {
            store.close();
        }
        assertThat(DatabaseFile.state(data)).isEqualTo(DatabaseFile.State.ENCRYPTED);
        assertThat(contains(file(data), MARKER)).isFalse();
        assertThat(contains(file(data), "さくら市")).isFalse();
        BackupInfo old = backups.list().get(0);
        assertThat(old.encrypted()).isTrue();
        assertThat(contains(databaseEntry(old.file()), MARKER)).isFalse();
        try (Restore.Prepared p = Restore.prepare(data, backups, old, (b, n) -> PASSWORD)) {
            assertThat(p.contents().cases()).isEqualTo(1);
        }
        assertNoWorkFolders(data);

        StoreException withoutPassword = catchThrowableOfType(StoreException.class, () -> Store.open(data));
        assertThat(withoutPassword.reason()).isEqualTo(StoreException.Reason.PASSWORD_REQUIRED);
        assertThat(withoutPassword.getMessage()).startsWith("このデータはパスワードで保護されています");
        try (Store reopened = Store.open(data, PASSWORD)) {
            assertThat(municipalities(reopened)).containsExactly("さくら市", "館林市");
        }
    }

    @Test
    void aWrongPasswordIsRefusedEveryTimeAndNeverChangesTheFile() throws Exception {
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data, PASSWORD)) {
            addCase(store, "さくら市");
        }
        byte[] before = file(data);
        List<DatabasePassword> wrong = List.of(OTHER_PASSWORD, DatabasePassword.of("correct horse 電池 "),
                DatabasePassword.of("x"), DatabasePassword.of("CORRECT HORSE 電池"));
        for (int i = 0; i < 12; i++) {
            DatabasePassword w = wrong.get(i % wrong.size());
            StoreException e = catchThrowableOfType(StoreException.class, () -> Store.open(data, w));
            assertThat(e).as("attempt %d", i).isNotNull();
            assertThat(e.reason()).isEqualTo(StoreException.Reason.WRONG_PASSWORD);
            assertThat(e.getMessage()).startsWith("パスワードが違います").doesNotContain("Exception", "org.h2", "[900");
            assertThat(file(data)).as("the file after wrong password %d", i).isEqualTo(before);
        }
        try (Store store = Store.open(data, PASSWORD)) {
            assertThat(municipalities(store)).containsExactly("さくら市");
        }
    }

    @Test
    void thePasswordIsTheSameWhetherTypedInFullWidthOrHalfWidth() {
        assertThat(DatabasePassword.of("ｐａｓｓ１２３４")).isEqualTo(DatabasePassword.of("pass1234"));
        assertThat(DatabasePassword.of("pass1234")).isNotEqualTo(DatabasePassword.of("Pass1234"));
        assertThat(DatabasePassword.length("ｐａｓｓ１２３４".toCharArray())).isEqualTo(8);
        assertThat(DatabasePassword.of("pass1234").toString()).doesNotContain("pass");
    }

    @Test
    void changingAndRemovingThePasswordKeepEveryCase() throws Exception {
        Path data = tmp.resolve("data");
        Backups backups = new Backups(data);
        Store store = Store.open(data, PASSWORD);
        try {
            addCase(store, "さくら市");
            BackupInfo underOld = backups.take(store, BackupReason.START);
            store = Encryption.change(store, backups, OTHER_PASSWORD).store();
            assertThat(store.hasPassword(OTHER_PASSWORD)).isTrue();
            assertThat(municipalities(store)).containsExactly("さくら市");
            store.close();
            assertThat(catchThrowableOfType(StoreException.class, () -> Store.open(data, PASSWORD)).reason())
                    .isEqualTo(StoreException.Reason.WRONG_PASSWORD);
            store = Store.open(data, OTHER_PASSWORD);
            addCase(store, "館林市");
            // a backup keeps the password it was taken with
            assertThat(new Backups(data).list()).contains(underOld);
            try (Restore.Prepared p = Restore.prepare(data, backups, underOld, (b, n) -> n == 0 ? PASSWORD : null)) {
                assertThat(p.contents().cases()).isEqualTo(1);
            }

            store = Encryption.change(store, backups, null).store();
            assertThat(store.isEncrypted()).isFalse();
        } finally {
            store.close();
        }
        assertThat(DatabaseFile.state(data)).isEqualTo(DatabaseFile.State.PLAIN);
        try (Store plain = Store.open(data)) {
            assertThat(municipalities(plain)).containsExactly("さくら市", "館林市");
        }
        assertNoWorkFolders(data);
    }

    /** A failure part-way (disk full, a broken copy) leaves the old file and the old password, and the store open. */
    @Test
    void aFailedChangeLeavesTheOldFileAndPassword() throws Exception {
        Path data = tmp.resolve("data");
        Backups backups = new Backups(data);
        Store store = Store.open(data, PASSWORD);
        try {
            for (int i = 0; i < 20; i++) {
                addCase(store, "市" + i, "あ".repeat(300));
            }
            for (String point : List.of("block", "copied")) {
                Encryption.testHook = p -> {
                    if (p.equals(point)) {
                        throw new IllegalStateException("disk full at " + point);
                    }
                };
                Store current = store;
                Restore.Failed failed = catchThrowableOfType(Restore.Failed.class, () -> Encryption.change(current, backups, OTHER_PASSWORD));
                assertThat(failed).as("failing at " + point).isNotNull();
                assertThat(failed.getMessage()).contains("元のまま");
                store = failed.store();
                assertThat(store.hasPassword(PASSWORD)).isTrue();
                assertThat(store.cases().count()).isEqualTo(20);
                assertNoWorkFolders(data);
            }
        } finally {
            Encryption.testHook = p -> { };
            store.close();
        }
        try (Store reopened = Store.open(data, PASSWORD)) {
            assertThat(reopened.cases().count()).isEqualTo(20);
        }
    }

    /**
     * The damage promise of {@link StoreBadFolderTest} for an encrypted file: each 4 KB block in turn overwritten, and
     * Banso either refuses it as damaged (not as a wrong password) without writing, or opens it with every case. The
     * one exception is the encryption header itself (block 0, which holds the salt): there damage and a wrong password
     * cannot be told apart.
     */
    @Test
    void damageInAnyBlockOfAnEncryptedFileIsRefusedAsDamageOrHarmless() throws Exception {
        Path base = tmp.resolve("base");
        try (Store store = Store.open(base, PASSWORD)) {
            for (int i = 0; i < 20; i++) {
                addCase(store, "市" + i, "あ".repeat(300));
            }
        }
        byte[] original = file(base);
        List<String> broken = new ArrayList<>();
        for (int offset = 4096; offset + 4096 <= original.length; offset += 4096) {
            Path data = Files.createDirectories(tmp.resolve("block-" + offset));
            byte[] damaged = original.clone();
            byte[] noise = new byte[4096];
            new Random(offset).nextBytes(noise);
            System.arraycopy(noise, 0, damaged, offset, noise.length);
            Files.write(data.resolve(DatabaseFile.NAME), damaged);
            try (Store store = Store.open(data, PASSWORD)) {
                if (store.cases().count() != 20 || store.cases().summaries().size() != 20) {
                    broken.add("block at " + offset + ": opened with missing cases");
                }
            } catch (StoreException e) {
                if (e.reason() != StoreException.Reason.DAMAGED) {
                    broken.add("block at " + offset + ": refused as " + e.reason() + ": " + e.getMessage());
                } else if (!Arrays.equals(Files.readAllBytes(data.resolve(DatabaseFile.NAME)), damaged)) {
                    broken.add("block at " + offset + ": refused as damaged, but the file was written to");
                }
            } catch (RuntimeException e) {
                broken.add("block at " + offset + ": opened, then " + e);
            }
        }
        assertThat(broken).as("of %d blocks", original.length / 4096 - 1).isEmpty();
    }
}
