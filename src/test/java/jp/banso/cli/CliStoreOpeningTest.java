package jp.banso.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;
import jp.banso.store.Backups;
import jp.banso.store.DataDirectory;
import jp.banso.store.DatabasePassword;
import jp.banso.store.Store;
import jp.banso.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a command opens its data folder, as the app does: a settings.json naming an unusable folder is refused with
 * the reason (exit 1, no stack trace, never the default folder instead); an encrypted folder another Banso has open is
 * 使用中 before any password is asked; what a killed backup, restore or password change left behind is removed.
 */
class CliStoreOpeningTest {
    private static final String PASSWORD = "himitsu-2025";

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    private Path settingsSaying(String json) throws Exception {
        Path defaultFolder = Files.createDirectories(tmp.resolve("xdg").resolve("banso"));
        Files.writeString(defaultFolder.resolve("settings.json"), json, StandardCharsets.UTF_8);
        return defaultFolder;
    }

    @Test
    void anUnusableDataDirectoryIsRefusedAndTheDefaultFolderIsNotUsedInstead() throws Exception {
        Path defaultFolder = settingsSaying("{\"dataDirectory\": \"/data/ban\\u0000so\"}");
        DataDirectory.Location location = DataDirectory.locate(null, Map.of("XDG_DATA_HOME", tmp.resolve("xdg").toString()),
                "Linux", tmp.resolve("home"));

        StoreException e = catchThrowableOfType(StoreException.class, () -> CliStore.open(location, Map.of(), null, errStream));
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("設定ファイル", "settings.json", "NUL文字", "--data-dir").doesNotContain("\0");
        assertThat(defaultFolder.resolve("banso.mv.db")).as("no database made in the default folder").doesNotExist();
    }

    /**
     * The real launcher in its own JVM (its default folder from XDG_DATA_HOME): today's stack trace of a NUL or a lone
     * surrogate in settings.json, and the silent switch to the default folder for the other kinds, are a Japanese
     * message and exit code 1.
     */
    @Test
    @Timeout(120)
    void theCommandLinePrintsTheReasonAndExitsWithOneForEveryBrokenKind() throws Exception {
        Path unplugged = tmp.resolve("usb").resolve("Banso");
        Map<String, String> kinds = Map.of(
                "{\"dataDirectory\": \"/data/ban\\u0000so\"}", "NUL文字",
                "{\"dataDirectory\": \"/data/ban\\ud800so\"}", "文字として成り立たない文字",
                "{\"dataDirectory\": \"/data/banso\", windowX: }", "書き方が正しくない",
                "{\"dataDirectory\": 7}", "文字列",
                "{\"dataDirectory\": \"banso/data\"}", "相対パス",
                "{\"dataDirectory\": \"" + unplugged + "\"}", "見つかりません");
        for (Map.Entry<String, String> kind : kinds.entrySet()) {
            Path defaultFolder = settingsSaying(kind.getKey());
            Run r = launcher("export-bundle", "--all-cases", "--out", tmp.resolve("all.banso").toString());
            assertThat(r.exit).as(kind.getKey() + "\n" + r.stderr).isEqualTo(Cli.FAILED);
            assertThat(r.stderr).as(kind.getKey())
                    .contains("エラー: 設定ファイル " + defaultFolder.resolve("settings.json"), kind.getValue(),
                            "設定ファイルを直すか、--data-dir でデータフォルダを指定してください")
                    .doesNotContain("Exception", "\tat ", "JsonReadFeature", "Unexpected");
            assertThat(defaultFolder.resolve("banso.mv.db")).as(kind.getKey()).doesNotExist();
            assertThat(tmp.resolve("all.banso")).doesNotExist();
        }
    }

    record Run(int exit, String stderr) {
    }

    private Run launcher(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Dfile.encoding=UTF-8",
                "-Dstderr.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "jp.banso.app.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("xdg").toString());
        pb.environment().put("HOME", tmp.resolve("home").toString());
        pb.environment().remove(CliStore.PASSWORD_VARIABLE);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), stderr);
    }

    /** Another Banso (a JVM of its own: H2 shares a database within one) has the encrypted folder open. */
    @Test
    @Timeout(60)
    void anEncryptedFolderInUseIsRefusedBeforeThePasswordIsAsked() throws Exception {
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data, DatabasePassword.of(PASSWORD))) {
            store.cases().create(new Municipality("栃木県", "さくら市"), new SupportCase(), List.of(2024));
        }
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                HoldFolder.class.getName(), data.toString());
        pb.environment().put(CliStore.PASSWORD_VARIABLE, PASSWORD);
        pb.redirectError(ProcessBuilder.Redirect.appendTo(tmp.resolve("holder.log").toFile()));
        Process holder = pb.start();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lines.readLine()).as("the holder opened the folder").isEqualTo("OPEN");
            List<String> asked = new ArrayList<>();
            StoreException e = catchThrowableOfType(StoreException.class, () -> CliStore.open(data, Map.of(),
                    prompt -> {
                        asked.add(prompt);
                        return PASSWORD.toCharArray();
                    }, errStream));
            assertThat(asked).as("no password asked for a folder in use").isEmpty();
            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(StoreException.Reason.IN_USE);
            assertThat(e.getMessage()).contains("使用中");
            // with BANSO_PASSWORD set, the same answer (the password is not even tried)
            StoreException withEnv = catchThrowableOfType(StoreException.class,
                    () -> CliStore.open(data, Map.of(CliStore.PASSWORD_VARIABLE, "machigai"), null, errStream));
            assertThat(withEnv.reason()).isEqualTo(StoreException.Reason.IN_USE);
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Holds a folder open (encrypted with BANSO_PASSWORD) until killed, as a running app does. */
    public static final class HoldFolder {
        public static void main(String[] args) throws Exception {
            Store.open(Path.of(args[0]), DatabasePassword.of(System.getenv(CliStore.PASSWORD_VARIABLE)));
            System.out.println("OPEN");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** What a killed backup (its .tmp files) and a killed restore or password change (a work folder) leave behind. */
    @Test
    void aCommandRemovesWhatKilledBackupsAndRestoresLeftBehind() throws Exception {
        Path data = tmp.resolve("data");
        try (Store store = Store.open(data)) {
            store.cases().create(new Municipality("栃木県", "さくら市"), new SupportCase(), List.of(2024));
            new Backups(data).take(store, jp.banso.store.BackupReason.EXIT);
        }
        Path backups = data.resolve(Backups.FOLDER);
        Path zipTmp = Files.writeString(backups.resolve("banso_20250401-101500_manual.zip.tmp"), "half a zip");
        Path jsonTmp = Files.writeString(backups.resolve("banso_20250401-101500_manual.json.tmp"), "{");
        Path work = Files.createDirectories(data.resolve(".banso-work-12345"));
        Files.writeString(work.resolve("banso.mv.db"), "half a database");
        Path notOurs = Files.writeString(backups.resolve("メモ.tmp"), "the user's"); // never a file Banso did not name

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"export-bundle", "--all-cases", "--out", tmp.resolve("all.banso").toString(),
                "--data-dir", data.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8), errStream);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Cli.OK);
        assertThat(zipTmp).doesNotExist();
        assertThat(jsonTmp).doesNotExist();
        assertThat(work).doesNotExist();
        assertThat(notOurs).exists();
        assertThat(new Backups(data).list()).hasSize(1);
    }

    /** A failure no command explained is a Japanese line and exit code 1, not a stack trace with a library's text. */
    @Test
    void anUnexplainedFailureIsToldInJapanese() {
        int code = Cli.guarded(() -> {
            throw new IllegalStateException("Cannot deserialize value: enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS`");
        }, errStream);
        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("エラー: 予期しない問題").doesNotContain("Cannot", "JsonReadFeature");
    }
}
