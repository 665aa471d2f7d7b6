package jp.banso.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Where the database lives. In order: {@code --data-dir}, the {@code dataDirectory} setting in the default
 * folder's settings.json, then the OS's per-user data folder (%APPDATA%\Banso, ~/Library/Application Support/Banso,
 * $XDG_DATA_HOME/banso or ~/.local/share/banso).
 *
 * <p>A settings file that cannot be used (not JSON, {@code dataDirectory} not a text, a relative path, characters no
 * path may hold, a folder that is not there) is never passed over in silence: the {@link Location} carries a Japanese
 * explanation, and the callers ask (the app) or refuse (the command line). See docs/decisions/0010.
 */
public final class DataDirectory {
    private static final Logger LOG = Logger.getLogger(DataDirectory.class.getName());
    static final String SETTING = "dataDirectory";

    private DataDirectory() {
    }

    /**
     * The folder to use, and why.
     *
     * @param folder the folder to open: the one chosen, or (with a settings problem) the default folder the user may
     *               choose instead; null when there is nothing to fall back on (an unusable {@code --data-dir})
     * @param problem what is wrong, in Japanese (which file, what, what to do); null when the folder is usable
     * @param bySettings whether settings.json chose (or may have chosen) another folder: then an empty folder is not a
     *                   first start, and the demo case is never offered
     */
    public record Location(Path folder, String problem, boolean bySettings) {
        public boolean usable() {
            return problem == null;
        }
    }

    public static Location locate(String commandLineDir, Map<String, String> env, String osName, Path home) {
        if (commandLineDir != null && !commandLineDir.isBlank()) {
            String bad = unusableCharacter(commandLineDir);
            try {
                if (bad == null) {
                    return new Location(Path.of(commandLineDir).toAbsolutePath().normalize(), null, false);
                }
            } catch (InvalidPathException e) {
                LOG.warning("--data-dir not a path: " + e);
                bad = "フォルダ名に使えない文字";
            }
            return new Location(null, "--data-dir で指定したフォルダ名に" + bad + "が含まれています。\n"
                    + "正しいフォルダを指定してください。", false);
        }
        Path osDefault = osDefault(env, osName, home);
        return fromSettings(osDefault.resolve(Settings.FILE_NAME), osDefault);
    }

    public static Location locate(String commandLineDir) {
        return locate(commandLineDir, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    static Path osDefault(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase();
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming")).resolve("Banso");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Banso");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share")).resolve("banso");
    }

    /** The redirect in the default folder's settings.json; the default folder when there is none. */
    private static Location fromSettings(Path settingsFile, Path osDefault) {
        if (!Files.isRegularFile(settingsFile)) {
            return new Location(osDefault, null, false);
        }
        JsonNode root;
        try {
            root = EntityJson.MAPPER.readTree(settingsFile.toFile());
        } catch (JsonProcessingException e) {
            LOG.warning("settings file not JSON: " + settingsFile + " " + e.getOriginalMessage());
            return problem(osDefault, settingsFile, "の書き方が正しくないため読み取れません" + where(e.getLocation()) + "。");
        } catch (IOException e) {
            LOG.warning("settings file not readable: " + settingsFile + " " + e);
            return problem(osDefault, settingsFile, "を読み取れません（ファイルを開けません）。");
        }
        if (root == null || root.isMissingNode()) {
            return new Location(osDefault, null, false); // an empty file says nothing
        }
        if (!root.isObject()) {
            return problem(osDefault, settingsFile, "の形式が正しくありません（{ … } で囲んだ設定ではありません）。");
        }
        JsonNode dir = root.get(SETTING);
        if (dir == null || dir.isNull()) {
            return new Location(osDefault, null, false);
        }
        if (!dir.isTextual()) {
            return problem(osDefault, settingsFile, "の \"" + SETTING + "\" がフォルダの場所（\" \" で囲んだ文字列）ではありません。");
        }
        String text = dir.asText();
        if (text.isBlank()) {
            return problem(osDefault, settingsFile, "の \"" + SETTING + "\" が空です。");
        }
        String bad = unusableCharacter(text);
        if (bad != null) {
            return problem(osDefault, settingsFile, "の \"" + SETTING + "\" に" + bad + "が含まれています。");
        }
        Path path;
        try {
            path = Path.of(text);
        } catch (InvalidPathException e) {
            LOG.warning("dataDirectory not a path: " + e);
            return problem(osDefault, settingsFile, "の \"" + SETTING + "\" にフォルダ名に使えない文字が含まれています。");
        }
        if (!path.isAbsolute()) {
            return problem(osDefault, settingsFile, "の \"" + SETTING + "\"（" + text + "）が相対パスです。"
                    + "ドライブやルートから始まる完全なパス（例: D:\\\\共有\\\\Banso）で書いてください。");
        }
        Path folder = path.normalize();
        if (Files.isDirectory(folder)) {
            return new Location(folder, null, true);
        }
        if (Files.exists(folder)) {
            return problem(osDefault, settingsFile, "の \"" + SETTING + "\"（" + folder + "）はフォルダではなくファイルです。");
        }
        // an unplugged drive or a share that is not connected: never a new empty folder in its place
        return problem(osDefault, settingsFile, "の \"" + SETTING + "\" のフォルダ（" + folder + "）が見つかりません。"
                + "ドライブやネットワークが接続されているかを確かめてください。");
    }

    private static Location problem(Path osDefault, Path settingsFile, String what) {
        return new Location(osDefault, "設定ファイル " + settingsFile + " " + what, true);
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : "（" + at.getLineNr() + "行目、" + at.getColumnNr() + "文字目付近）";
    }

    /**
     * What no folder name may hold, in Japanese (null when there is none): control characters (NUL among them) and
     * halves of a character (a lone UTF-16 surrogate), which some systems refuse and others would silently mangle.
     */
    static String unusableCharacter(String path) {
        for (int cp : path.codePoints().toArray()) {
            if (cp == 0) {
                return "NUL文字（\\u0000）";
            }
            if (Character.isISOControl(cp)) {
                return String.format("制御文字（\\u%04x）", cp);
            }
            if (jp.banso.domain.Text.isLoneSurrogate(cp)) {
                return String.format("文字として成り立たない文字（\\u%04x）", cp);
            }
        }
        return null;
    }
}
