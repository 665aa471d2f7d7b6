package jp.banso.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What a user does before typing in a long page: scroll the field into view, click it, type over its text. */
public final class UiActions {
    private UiActions() {
    }

    /** Scrolls the page so the node is in view, as a user would before clicking it. */
    public static void reveal(FxRobot robot, String query) {
        Node n = UiWait.visible(robot, query, Node.class);
        robot.interact(() -> {
            Node p = n.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane sp && sp.getContent() != null) {
                javafx.geometry.Bounds b = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                double scrollable = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                if (scrollable > 0) {
                    sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 80) / scrollable)));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Brings the field into view, clicks it and types over its text, as a user replacing a value does. */
    public static void typeInto(FxRobot robot, String query, String text) {
        reveal(robot, query);
        robot.clickOn(query);
        robot.interact(() -> ((TextInputControl) robot.lookup(query).query()).selectAll());
        robot.write(text);
    }

    /** The size the UI tests' scenes are made for. */
    public static final int STAGE_WIDTH = 1500;
    public static final int STAGE_HEIGHT = 1000;

    /**
     * The stage outlives a test class, and a size set on it explicitly (screenshots at 1280×720 and 1024×768) sticks
     * over the next test's scene: put it back at {@value #STAGE_WIDTH}×{@value #STAGE_HEIGHT} (call on the FX thread,
     * e.g. in an {@code @AfterEach}).
     */
    public static void resetStageSize(javafx.stage.Stage stage) {
        stage.setWidth(STAGE_WIDTH);
        stage.setHeight(STAGE_HEIGHT);
    }
}
