package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder chosen by the default folder's settings.json. Every kind of unusable file or entry is told in
 * Japanese (which file, what is wrong), falls back to the default folder only as an offer, and marks the start as not a
 * first start (no demo case); nothing throws.
 */
class DataDirectoryTest {
    @TempDir
    Path tmp;

    private Path defaultFolder() {
        return tmp.resolve("xdg").resolve("banso");
    }

    private DataDirectory.Location locateWithSettings(String json) throws Exception {
        Files.createDirectories(defaultFolder());
        Files.writeString(defaultFolder().resolve(Settings.FILE_NAME), json, StandardCharsets.UTF_8);
        return locate();
    }

    private DataDirectory.Location locate() {
        return DataDirectory.locate(null, Map.of("XDG_DATA_HOME", tmp.resolve("xdg").toString()), "Linux", tmp.resolve("home"));
    }

    /** An unusable entry: the default folder is offered, the demo is not, and the message names the file in Japanese. */
    private void assertUnusable(DataDirectory.Location l, String... saying) {
        assertThat(l.usable()).isFalse();
        assertThat(l.folder()).isEqualTo(defaultFolder());
        assertThat(l.bySettings()).as("settings pointed elsewhere: never a first start").isTrue();
        assertThat(l.problem())
                .startsWith("設定ファイル " + defaultFolder().resolve(Settings.FILE_NAME))
                .contains(saying)
                .doesNotContain("Exception", "Unexpected", "JsonReadFeature", "Illegal", "line:", "column:", "\0");
        assertThat(DataDirectory.unusableCharacter(l.problem())).as("no NUL nor half characters in the message").isNull();
    }

    @Test
    void withoutSettingsTheDefaultFolderIsAFirstStart() {
        DataDirectory.Location l = locate();
        assertThat(l.usable()).isTrue();
        assertThat(l.folder()).isEqualTo(defaultFolder());
        assertThat(l.bySettings()).isFalse();
    }

    @Test
    void settingsWithoutARedirectKeepTheDefaultFolder() throws Exception {
        DataDirectory.Location l = locateWithSettings("{\"windowX\": 10, \"dataDirectory\": null}");
        assertThat(l.usable()).isTrue();
        assertThat(l.folder()).isEqualTo(defaultFolder());
        assertThat(l.bySettings()).isFalse();
    }

    @Test
    void aRedirectToAnExistingFolderIsUsedAndIsNotAFirstStart() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("共有").resolve("Banso"));
        DataDirectory.Location l = locateWithSettings("{\"dataDirectory\": \"" + elsewhere.toString().replace("\\", "\\\\") + "\"}");
        assertThat(l.usable()).isTrue();
        assertThat(l.folder()).isEqualTo(elsewhere);
        assertThat(l.bySettings()).isTrue();
    }

    @Test
    void invalidJsonIsToldWithWhereItBreaks() throws Exception {
        assertUnusable(locateWithSettings("{\n  \"dataDirectory\": \"/data/banso\",\n  \"windowX\": NaN\n}"),
                "書き方が正しくない", "3行目");
        assertUnusable(locateWithSettings("{\"dataDirectory\": \"/data/ban"), "書き方が正しくない");
    }

    @Test
    void aDataDirectoryOfTheWrongTypeIsTold() throws Exception {
        assertUnusable(locateWithSettings("{\"dataDirectory\": 42}"), "\"dataDirectory\"", "文字列");
        assertUnusable(locateWithSettings("{\"dataDirectory\": [\"/data/banso\"]}"), "\"dataDirectory\"", "文字列");
        assertUnusable(locateWithSettings("{\"dataDirectory\": {\"path\": \"/data\"}}"), "文字列");
        assertUnusable(locateWithSettings("[\"/data/banso\"]"), "形式が正しくありません");
        assertUnusable(locateWithSettings("{\"dataDirectory\": \"  \"}"), "空です");
    }

    @Test
    void aRelativePathIsTold() throws Exception {
        assertUnusable(locateWithSettings("{\"dataDirectory\": \"Banso/data\"}"), "相対パス", "Banso/data");
    }

    @Test
    void aNulCharacterIsToldInsteadOfThrowing() throws Exception {
        assertUnusable(locateWithSettings("{\"dataDirectory\": \"/data/ban\\u0000so\"}"), "NUL文字");
    }

    @Test
    void aLoneSurrogateIsToldInsteadOfThrowing() throws Exception {
        assertUnusable(locateWithSettings("{\"dataDirectory\": \"/data/ban\\ud800so\"}"), "文字として成り立たない文字（\\ud800）");
        // a whole character outside the BMP is fine as such (then missing here)
        assertUnusable(locateWithSettings("{\"dataDirectory\": \"" + tmp.resolve("𠮷").toString().replace("\\", "\\\\") + "\"}"),
                "見つかりません");
    }

    @Test
    void aFolderOnADriveThatIsNotThereIsToldAndNotCreated() throws Exception {
        Path unplugged = tmp.resolve("usb-drive").resolve("Banso");
        assertUnusable(locateWithSettings("{\"dataDirectory\": \"" + unplugged.toString().replace("\\", "\\\\") + "\"}"),
                "見つかりません", unplugged.toString(), "ドライブやネットワーク");
        assertThat(tmp.resolve("usb-drive")).doesNotExist();
    }

    @Test
    void aFileInPlaceOfTheFolderIsTold() throws Exception {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        assertUnusable(locateWithSettings("{\"dataDirectory\": \"" + file.toString().replace("\\", "\\\\") + "\"}"),
                "フォルダではなくファイル");
    }

    @Test
    void anUnusableDataDirOptionIsToldWithNothingToFallBackOn() {
        DataDirectory.Location l = DataDirectory.locate("/data/ban\0so", Map.of(), "Linux", tmp);
        assertThat(l.usable()).isFalse();
        assertThat(l.folder()).isNull();
        assertThat(l.problem()).contains("--data-dir", "NUL文字");
        assertThat(DataDirectory.locate("/data/ban\ud800so", Map.of(), "Linux", tmp).problem()).contains("文字として成り立たない文字");
    }

    /** Saving the window's placement never replaces a settings file that cannot be read (it may hold the redirect). */
    @Test
    void aBrokenSettingsFileIsNotOverwrittenBySaving() throws Exception {
        Files.createDirectories(defaultFolder());
        Path file = defaultFolder().resolve(Settings.FILE_NAME);
        String broken = "{\"dataDirectory\": [\"D:\\\\共有\\\\Banso\"], \"windowX\": 1";
        Files.writeString(file, broken, StandardCharsets.UTF_8);
        Settings s = Settings.load(defaultFolder());
        s.windowX = 100.0;
        s.save(defaultFolder());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(broken);

        Files.writeString(file, "{\"windowX\": 1}", StandardCharsets.UTF_8); // a readable file is saved as before
        s.save(defaultFolder());
        assertThat(Settings.load(defaultFolder()).windowX).isEqualTo(100.0);
    }
}
