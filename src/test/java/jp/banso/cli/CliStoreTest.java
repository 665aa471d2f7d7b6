package jp.banso.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;
import jp.banso.store.DatabasePassword;
import jp.banso.store.Store;
import jp.banso.store.StoreException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on an encrypted data folder: the password from BANSO_PASSWORD or the console, never echoed. */
class CliStoreTest {
    private static final String PASSWORD = "himitsu-2025";

    @TempDir
    static Path dir;
    static Path data;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    @BeforeAll
    static void encryptedFolder() {
        data = dir.resolve("data");
        try (Store store = Store.open(data, DatabasePassword.of(PASSWORD))) {
            store.cases().create(new Municipality("栃木県", "さくら市"), new SupportCase(), List.of(2024));
        }
    }

    private static CliStore.PasswordPrompt typing(String... answers) {
        Deque<String> left = new ArrayDeque<>(List.of(answers));
        return prompt -> left.isEmpty() ? null : left.pop().toCharArray();
    }

    @Test
    void thePasswordComesFromTheEnvironment() {
        try (Store store = CliStore.open(data, Map.of(CliStore.PASSWORD_VARIABLE, PASSWORD), null, errStream)) {
            assertThat(store.cases().count()).isEqualTo(1);
        }
        StoreException wrong = catchThrowableOfType(StoreException.class,
                () -> CliStore.open(data, Map.of(CliStore.PASSWORD_VARIABLE, "machigai"), null, errStream));
        assertThat(wrong.reason()).isEqualTo(StoreException.Reason.WRONG_PASSWORD);
        assertThat(wrong.getMessage()).contains("BANSO_PASSWORD", "違います").doesNotContain("machigai");
    }

    @Test
    void orIsAskedOnTheConsoleThreeTimes() {
        try (Store store = CliStore.open(data, Map.of(), typing("machigai", PASSWORD), errStream)) {
            assertThat(store.cases().count()).isEqualTo(1);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("パスワードが違います").doesNotContain("machigai");

        StoreException thrice = catchThrowableOfType(StoreException.class,
                () -> CliStore.open(data, Map.of(), typing("a", "b", "c", PASSWORD), errStream));
        assertThat(thrice.reason()).isEqualTo(StoreException.Reason.WRONG_PASSWORD);
    }

    @Test
    void withoutEnvironmentAndConsoleTheCommandSaysWhatToDo() {
        StoreException e = catchThrowableOfType(StoreException.class, () -> CliStore.open(data, Map.of(), null, errStream));
        assertThat(e.reason()).isEqualTo(StoreException.Reason.PASSWORD_REQUIRED);
        assertThat(e.getMessage()).contains("パスワードで保護されています", "BANSO_PASSWORD");
    }

    /** The export command goes through it (the tests run without a console and without BANSO_PASSWORD). */
    @Test
    void exportOnAnEncryptedFolderFailsWithTheMessage() {
        assertThat(System.getenv(CliStore.PASSWORD_VARIABLE)).as("the test needs BANSO_PASSWORD unset").isNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"export", "--all-cases", "--out", dir.resolve("out").toString(), "--data-dir", data.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), errStream);
        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("エラー: このデータフォルダはパスワードで保護されています", "BANSO_PASSWORD");
    }
}
