package jp.banso.ui;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Shows a folder in the system's file manager (after an export). The app plugs in JavaFX's HostServices at start;
 * until then AWT's Desktop is used where there is one. Headless (tests, servers) it does nothing.
 */
public final class FolderOpener {
    private static volatile Consumer<Path> opener = FolderOpener::withDesktop;

    private FolderOpener() {
    }

    public static void use(Consumer<Path> how) {
        opener = how;
    }

    public static void open(Path folder) {
        try {
            opener.accept(folder);
        } catch (RuntimeException e) {
            Logger.getLogger(FolderOpener.class.getName()).warning("folder not opened: " + folder + " " + e);
        }
    }

    private static void withDesktop(Path folder) {
        if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Desktop.getDesktop().open(folder.toFile());
            } catch (IOException | RuntimeException e) {
                Logger.getLogger(FolderOpener.class.getName()).warning("folder not opened: " + folder + " " + e);
            }
        }, "banso-open-folder");
        t.setDaemon(true);
        t.start();
    }
}
