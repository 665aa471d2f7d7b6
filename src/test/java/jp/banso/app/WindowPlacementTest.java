package jp.banso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import jp.banso.store.Settings;
import org.junit.jupiter.api.Test;

/** Where the main window opens, on the screens users have (issue 12, item 1). */
class WindowPlacementTest {
    /** 1366×768 with a 40-px task bar at the bottom (Windows). */
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D SMALL_LAPTOP = new Rectangle2D(0, 0, 1280, 680);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);
    /** A projector to the right of the laptop. */
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1366, 0, 1024, 768);

    @Test
    void firstStartOnASmallScreenIsMaximisedWithinItsVisualBounds() {
        for (Rectangle2D screen : List.of(LAPTOP, SMALL_LAPTOP, new Rectangle2D(0, 0, 1024, 768))) {
            WindowPlacement p = WindowPlacement.choose(new Settings(), List.of(screen));
            assertThat(p.maximized()).isTrue();
            assertThat(p.bounds()).isEqualTo(screen);
        }
    }

    @Test
    void firstStartOnALargeScreenIsCentred() {
        WindowPlacement p = WindowPlacement.choose(new Settings(), List.of(FULL_HD));
        assertThat(p.maximized()).isFalse();
        assertThat(p.bounds()).isEqualTo(new Rectangle2D(280, 90, 1360, 860));
    }

    @Test
    void aPlacementSavedOnABiggerMonitorIsPulledIntoTheScreen() {
        Settings s = saved(600, 300, 1700, 1000);
        WindowPlacement p = WindowPlacement.choose(s, List.of(LAPTOP));
        assertThat(p.bounds()).isEqualTo(new Rectangle2D(0, 0, 1366, 728));
        Settings moved = saved(900, 500, 800, 600); // fits, but hangs off the bottom right
        assertThat(WindowPlacement.choose(moved, List.of(LAPTOP)).bounds()).isEqualTo(new Rectangle2D(566, 128, 800, 600));
    }

    @Test
    void aPlacementOnAProjectorStaysThereWhileItIsAttachedAndComesBackWhenItIsNot() {
        Settings s = saved(1500, 100, 800, 600);
        assertThat(WindowPlacement.choose(s, List.of(LAPTOP, PROJECTOR)).bounds()).isEqualTo(new Rectangle2D(1500, 100, 800, 600));
        // unplugged: onto the laptop, whole
        assertThat(WindowPlacement.choose(s, List.of(LAPTOP)).bounds()).isEqualTo(new Rectangle2D(566, 100, 800, 600));
    }

    @Test
    void aMaximisedWindowStaysMaximised() {
        Settings s = saved(10, 10, 1200, 700);
        s.windowMaximized = true;
        assertThat(WindowPlacement.choose(s, List.of(FULL_HD)).maximized()).isTrue();
    }

    private static Settings saved(double x, double y, double w, double h) {
        Settings s = new Settings();
        s.windowX = x;
        s.windowY = y;
        s.windowWidth = w;
        s.windowHeight = h;
        return s;
    }
}
