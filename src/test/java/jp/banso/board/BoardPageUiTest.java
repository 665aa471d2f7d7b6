package jp.banso.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ToolBar;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.cases.NewCase;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The board page at the sizes of the laptops and projectors it is used on (issue 12). */
@ExtendWith(ApplicationExtension.class)
class BoardPageUiTest {

    @TempDir
    static Path dataDir;

    private Store store;
    private Stage stage;
    private MainWindow main;
    private SupportCase supportCase;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        java.util.Locale.setDefault(java.util.Locale.JAPAN);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        store = Store.open(dataDir);
        supportCase = new NewCase("栃木県", "さくら市", 2022, "老健局主導型", StartKind.ENTRY).create(store.cases());
        BoardModel.create(store.boards(), supportCase.getId(), null, "ボード", TemplateLibrary.load(dataDir.resolve("none")).defaultTemplate());
        main = new MainWindow(store);
        Scene scene = new Scene(main, 1500, 1000);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        main.openCase(supportCase.getId());
        main.workspace().show("boards");
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> store.close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void measure(FxRobot robot) throws Exception {
        for (int[] size : new int[][] {{1024, 600}, {1024, 768}, {1280, 720}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            BoardCanvas canvas = robot.lookup("#board-canvas").queryAs(BoardCanvas.class);
            double[] wh = WaitForAsyncUtils.asyncFx(() -> new double[] {canvas.getWidth(), canvas.getHeight(),
                    stage.getScene().getWidth(), stage.getScene().getHeight()}).get();
            WaitForAsyncUtils.asyncFx(() -> {
                try {
                    jp.banso.ui.PngFiles.write(stage.getScene().getRoot().snapshot(null, null), Path.of("target/board-" + size[0] + "x" + size[1] + ".png"));
                } catch (java.io.IOException ex) {
                    throw new RuntimeException(ex);
                }
            }).get();
            System.out.println("SIZE " + size[0] + "x" + size[1] + " scene " + wh[2] + "x" + wh[3] + " canvas " + wh[0] + "x" + wh[1]);
            for (Node n : robot.lookup(".tool-bar").queryAll()) {
                ToolBar t = (ToolBar) n;
                Bounds tb = t.localToScene(t.getLayoutBounds());
                for (Node item : t.getItems()) {
                    Bounds b = item.getScene() == null ? null : item.localToScene(item.getLayoutBounds());
                    System.out.println("  " + t.getId() + " " + item.getId() + " " + item.getClass().getSimpleName() + " visible=" + item.isVisible()
                            + " parent=" + (item.getParent() == null ? null : item.getParent().getClass().getSimpleName()) + " " + b + " tb.maxX=" + tb.getMaxX());
                }
            }
        }
        assertThat(true).isTrue();
    }
}
