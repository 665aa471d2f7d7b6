package jp.banso.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the database lives. In order: {@code --data-dir}, the {@code dataDirectory} setting in the default
 * folder's settings.json, then the OS's per-user data folder (%APPDATA%\Banso, ~/Library/Application Support/Banso,
 * $XDG_DATA_HOME/banso or ~/.local/share/banso).
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path resolve(String commandLineDir, Map<String, String> env, String osName, Path home) {
        if (commandLineDir != null && !commandLineDir.isBlank()) {
            return Path.of(commandLineDir).toAbsolutePath().normalize();
        }
        Path osDefault = osDefault(env, osName, home);
        Path redirected = redirectFromSettings(osDefault.resolve(Settings.FILE_NAME));
        return redirected != null ? redirected : osDefault;
    }

    public static Path resolve(String commandLineDir) {
        return resolve(commandLineDir, System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
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

    private static Path redirectFromSettings(Path settingsFile) {
        if (!Files.isRegularFile(settingsFile)) {
            return null;
        }
        try {
            JsonNode dir = new ObjectMapper().readTree(settingsFile.toFile()).get("dataDirectory");
            return dir != null && dir.isTextual() && !dir.asText().isBlank() ? Path.of(dir.asText()).toAbsolutePath() : null;
        } catch (IOException e) {
            return null; // an unreadable settings file must not stop the app; the default folder is used
        }
    }
}
