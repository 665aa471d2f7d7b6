package jp.banso.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Small per-user preferences kept in {@code settings.json} beside the database: window placement, the last
 * case, the hand-out choices, and (in the default folder only) a redirect to another data folder. Written atomically.
 * Whoever saves loads the file first, so one part of the app does not overwrite what another saved.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public class Settings {
    public static final String FILE_NAME = "settings.json";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Settings.class.getName());

    public String dataDirectory;
    public Double windowX;
    public Double windowY;
    public Double windowWidth;
    public Double windowHeight;
    public boolean windowMaximized;
    public String lastCaseId;
    /** 配布資料を出力: the forms ticked last time (form ids), the folder, and whether to open it afterwards. */
    public java.util.List<String> handoutForms;
    public String handoutFolder;
    public Boolean handoutOpenFolder;
    /** 市町村一覧: the prefectures chosen last time. */
    public java.util.List<String> portfolioPrefectures;

    public static Settings load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new Settings();
        }
        try {
            return EntityJson.MAPPER.readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            // broken preferences are not worth refusing to start over; a broken redirect is told at start (DataDirectory)
            LOG.warning("settings not read: " + file + " " + e);
            return new Settings();
        }
    }

    /**
     * Writes the settings, unless the file there cannot be read: it may hold the user's {@code dataDirectory}, which
     * saving the window's placement must not replace (the start told the user what is wrong with it).
     */
    public void save(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (Files.isRegularFile(file) && !readable(file)) {
            LOG.warning("settings not saved: " + file + " cannot be read and is kept as it is");
            return;
        }
        try {
            Path tmp = dir.resolve(FILE_NAME + ".tmp");
            EntityJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
            Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // window placement is a convenience; losing it must not disturb the user's work
            LOG.warning("settings not saved: " + e);
        }
    }

    private static boolean readable(Path file) {
        try {
            EntityJson.MAPPER.readValue(file.toFile(), Settings.class);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
