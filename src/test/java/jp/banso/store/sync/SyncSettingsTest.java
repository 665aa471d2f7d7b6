package jp.banso.store.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.banso.store.Backups;
import jp.banso.store.DatabasePassword;
import jp.banso.store.Encryption;
import jp.banso.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password rule: written (encrypted by H2) only in an encrypted database and when asked; otherwise kept in memory only. */
class SyncSettingsTest {
    private static final String SERVER_PASSWORD = "Kennwort-サーバー-4711";
    private static final DatabasePassword DB_PASSWORD = DatabasePassword.of("lokales-Passwort-1");
    private static final SyncSettings.Connection CONNECTION =
            new SyncSettings.Connection("jdbc:postgresql://team.example.jp/banso", "sato", "栃木県", null);

    @TempDir
    Path dir;

    @Test
    void anUnencryptedDatabaseNeverHoldsThePassword() throws IOException {
        Path data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            SyncSettings settings = new SyncSettings(store);
            assertThat(settings.canSavePassword()).isFalse();
            assertThat(settings.connection()).isEmpty();
            assertThatThrownBy(() -> settings.connect(CONNECTION, SERVER_PASSWORD.toCharArray(), true))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(settings.connection()).as("a refused save saves nothing").isEmpty();

            settings.connect(CONNECTION, SERVER_PASSWORD.toCharArray(), false);
            assertThat(settings.connection()).contains(CONNECTION);
            assertThat(settings.needsPassword()).isFalse();
            assertThat(new String(settings.login().orElseThrow().password())).as("kept for the session").isEqualTo(SERVER_PASSWORD);
            assertThat(settings.isPasswordSaved()).isFalse();
        }
        assertThat(filesHolding(data, SERVER_PASSWORD)).as("files holding the password").isEmpty();
        assertThat(filesHolding(data, "team.example.jp")).as("the check itself finds what is written").isNotEmpty();

        try (Store store = Store.open(data)) {
            SyncSettings settings = new SyncSettings(store);
            assertThat(settings.connection()).as("the connection is kept").contains(CONNECTION);
            assertThat(settings.needsPassword()).as("the password is asked at each start").isTrue();
            assertThat(settings.login()).isEmpty();
            settings.usePassword("von-Hand".toCharArray());
            assertThat(settings.needsPassword()).isFalse();
            assertThat(new String(settings.login().orElseThrow().password())).isEqualTo("von-Hand");
        }
    }

    @Test
    void anEncryptedDatabaseKeepsThePasswordWhenAskedAndForgetsItWhenItsOwnPasswordIsRemoved() throws IOException {
        Path data = dir.resolve("secret");
        try (Store store = Store.open(data, DB_PASSWORD)) {
            SyncSettings settings = new SyncSettings(store);
            assertThat(settings.canSavePassword()).isTrue();
            settings.connect(CONNECTION, SERVER_PASSWORD.toCharArray(), true);
        }
        assertThat(filesHolding(data, SERVER_PASSWORD)).as("encrypted at rest").isEmpty();
        Store store = Store.open(data, DB_PASSWORD);
        try {
            SyncSettings settings = new SyncSettings(store);
            assertThat(settings.isPasswordSaved()).isTrue();
            assertThat(settings.needsPassword()).isFalse();
            assertThat(new String(settings.login().orElseThrow().password())).isEqualTo(SERVER_PASSWORD);

            settings.connect(CONNECTION, "neu".toCharArray(), false);
            assertThat(settings.isPasswordSaved()).as("not asked to save: the earlier one is removed").isFalse();
            settings.connect(CONNECTION, SERVER_PASSWORD.toCharArray(), true);

            store = Encryption.change(store, new Backups(data), null).store();
            SyncSettings after = new SyncSettings(store);
            assertThat(after.isPasswordSaved()).as("removed before the database was written unencrypted").isFalse();
            assertThat(after.connection()).contains(CONNECTION);
            assertThat(after.needsPassword()).isTrue();
        } finally {
            store.close();
        }
    }

    @Test
    void disconnectingRemovesTheConnectionAndThePassword() {
        try (Store store = Store.open(dir.resolve("data"), DB_PASSWORD)) {
            SyncSettings settings = new SyncSettings(store);
            settings.connect(CONNECTION, SERVER_PASSWORD.toCharArray(), true);
            settings.disconnect();
            assertThat(settings.connection()).isEmpty();
            assertThat(settings.isPasswordSaved()).isFalse();
            assertThat(settings.login()).isEmpty();
            assertThat(settings.needsPassword()).as("nothing to ask for when not connected").isFalse();
        }
    }

    /** Files under {@code folder} whose bytes contain {@code text} in UTF-8 or UTF-16 (either byte order). */
    private static List<Path> filesHolding(Path folder, String text) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                    if (indexOf(bytes, text.getBytes(cs)) >= 0) {
                        found.add(f);
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
