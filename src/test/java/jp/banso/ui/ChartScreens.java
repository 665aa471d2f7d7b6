package jp.banso.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Screenshots of the charts' pages at the two screen sizes the app must fit (1280×720, 1024×768): the window is set
 * to each size, laid out, and its scene saved as target/screens/charts/&lt;size&gt;/&lt;name&gt;.png (docs/screenshots/charts
 * holds copies). The window is left at the last size.
 */
public final class ChartScreens {
    public static final int[][] SIZES = {{1280, 720}, {1024, 768}};

    private ChartScreens() {
    }

    /** Saves the window at both sizes; {@code arrange} runs on the FX thread after each resize (e.g. to scroll). */
    public static void save(FxRobot robot, Stage stage, String name, Runnable arrange) throws Exception {
        for (int[] size : SIZES) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(arrange);
            WaitForAsyncUtils.waitForFxEvents();
            Scene scene = stage.getScene();
            Path dir = Files.createDirectories(Path.of("target", "screens", "charts", size[0] + "x" + size[1]));
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
            PngFiles.write(image, dir.resolve(name + ".png"));
        }
    }
}
