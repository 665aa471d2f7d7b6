package jp.banso.app;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import jp.banso.store.Settings;
import jp.banso.ui.ScreenFit;

/**
 * Where the main window opens: the saved placement pulled into a screen that shows it (a placement saved on a
 * larger monitor or on an unplugged projector comes back within the visual bounds of a screen); on a first start
 * 1360×860 centred, or maximised when the screen is smaller than that (1366×768, 1280×720, a 1024×768 projector).
 */
record WindowPlacement(Rectangle2D bounds, boolean maximized) {
    static final double DEFAULT_WIDTH = 1360;
    static final double DEFAULT_HEIGHT = 860;

    /**
     * The placement for these settings on these screens (their visual bounds, the primary screen first).
     */
    static WindowPlacement choose(Settings s, List<Rectangle2D> screens) {
        if (s.windowX != null && s.windowY != null && s.windowWidth != null && s.windowHeight != null
                && s.windowWidth > 0 && s.windowHeight > 0) {
            Rectangle2D saved = new Rectangle2D(s.windowX, s.windowY, s.windowWidth, s.windowHeight);
            return new WindowPlacement(ScreenFit.inside(saved, ScreenFit.mostShowing(saved, screens)), s.windowMaximized);
        }
        Rectangle2D primary = screens.get(0);
        if (primary.getWidth() < DEFAULT_WIDTH || primary.getHeight() < DEFAULT_HEIGHT) {
            return new WindowPlacement(primary, true); // a small screen: all of it (un-maximised too)
        }
        return new WindowPlacement(new Rectangle2D(primary.getMinX() + (primary.getWidth() - DEFAULT_WIDTH) / 2,
                primary.getMinY() + (primary.getHeight() - DEFAULT_HEIGHT) / 2, DEFAULT_WIDTH, DEFAULT_HEIGHT), s.windowMaximized);
    }

    /** Places the stage (before it is shown) and keeps it on a screen when screens come and go later. */
    static void apply(Stage stage, Settings settings) {
        WindowPlacement p = choose(settings, ScreenFit.screens());
        stage.setX(p.bounds().getMinX());
        stage.setY(p.bounds().getMinY());
        stage.setWidth(p.bounds().getWidth());
        stage.setHeight(p.bounds().getHeight());
        stage.setMaximized(p.maximized());
        Screen.getScreens().addListener((ListChangeListener<Screen>) c ->
                Platform.runLater(() -> ScreenFit.keepOnScreen(stage))); // a projector unplugged under the window
    }
}
