package jp.banso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The one rule of the background-task dialogs (hand-outs, case-file export and import): while the work runs the
 * dialog cannot be closed — not by its close button, the window's close box or Esc — and afterwards it shows the
 * result or what failed, and closes again.
 */
@ExtendWith(ApplicationExtension.class)
class TaskDialogUiTest {
    private Stage stage;
    private Probe dialog;
    /** One permit per run, released by the test: the work waits for it, so the test decides when it ends. */
    private final Semaphore finish = new Semaphore(0);
    /** What the next run ends with: its text, or the exception it throws. */
    private final AtomicReference<Supplier<String>> outcome = new AtomicReference<>();

    /** A task dialog whose work waits for the test, then ends as the test says. */
    final class Probe extends TaskDialog {
        Probe(Window owner) {
            super(owner, "probe", IllegalStateException.class);
            getDialogPane().setContent(new VBox(8, progress(), status()));
            addActionButton("実行", "probe-run", "mdi2f-file-export-outline", this::start);
            addCloseButton("閉じる", "probe-close");
        }

        private void start() {
            run(new Task<String>() {
                @Override
                protected String call() throws Exception {
                    updateMessage("作業中…");
                    if (!finish.tryAcquire(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never let the work end");
                    }
                    return outcome.get().get();
                }
            }, "probe-work", r -> status().setText("できました：" + r), "うまくいきませんでした");
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 400, 300));
        stage.show();
        dialog = ScreenFit.dialog(new Probe(stage));
        dialog.show();
    }

    @AfterEach
    void release() throws Exception {
        finish.release(10);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses 実行 and waits until the work has said its first step. */
    private void run(FxRobot robot, Supplier<String> ending) {
        outcome.set(ending);
        robot.clickOn("#probe-run");
        UiWait.until(robot, "#probe-status", Label.class, "showing the work's step", l -> "作業中…".equals(l.getText()));
    }

    @Test
    void whileTheWorkRunsTheDialogCannotBeClosedThenItShowsTheResultAndCloses(FxRobot robot) {
        run(robot, () -> "3 件");
        assertThat(robot.lookup("#probe-progress").query().isVisible()).isTrue();
        assertThat(robot.lookup("#probe-close").queryButton().isDisabled()).isTrue();

        robot.clickOn("#probe-close");
        assertThat(UiWait.read(dialog::isShowing)).as("after the close button").isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(UiWait.read(dialog::isShowing)).as("after Esc").isTrue();
        robot.interact(() -> {
            Window w = dialog.getDialogPane().getScene().getWindow();
            w.fireEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        assertThat(UiWait.read(dialog::isShowing)).as("after the close box").isTrue();
        robot.interact(dialog::close);
        assertThat(UiWait.read(dialog::isShowing)).as("after close()").isTrue();
        robot.clickOn("#probe-run"); // starts nothing more: one permit ends the one run
        assertThat(UiWait.read(() -> dialog.runningProperty().get())).isTrue();

        finish.release();
        Label status = UiWait.until(robot, "#probe-status", Label.class, "showing the result", l -> "できました：3 件".equals(l.getText()));
        assertThat(status.getStyleClass()).doesNotContain("field-error");
        assertThat(robot.lookup("#probe-progress").query().isVisible()).isFalse();
        Button close = UiWait.until(robot, "#probe-close", Button.class, "enabled again", b -> !b.isDisabled());
        robot.clickOn(close);
        assertThat(UiWait.read(dialog::isShowing)).isFalse();
    }

    @Test
    void aFailureIsToldInTheStatusLineAndTheWorkCanRunAgain(FxRobot robot) {
        run(robot, () -> {
            throw new IllegalStateException("ファイルが途中で切れています");
        });
        finish.release();
        Label status = UiWait.until(robot, "#probe-status", Label.class, "marked field-error", l -> l.getStyleClass().contains("field-error"));
        assertThat(status.getText()).isEqualTo("ファイルが途中で切れています"); // the explained exception's own message
        UiWait.until(robot, "#probe-close", Button.class, "enabled again", b -> !b.isDisabled());

        // again: the error mark goes while it runs; a failure of another kind gets the dialog's own words, not the library's
        run(robot, () -> {
            throw new IllegalArgumentException("library text, for the log");
        });
        assertThat(UiWait.read(() -> status.getStyleClass().contains("field-error"))).isFalse();
        assertThat(robot.lookup("#probe-close").queryButton().isDisabled()).isTrue();
        finish.release();
        UiWait.until(robot, "#probe-status", Label.class, "marked field-error", l -> l.getStyleClass().contains("field-error"));
        assertThat(UiWait.read(status::getText)).isEqualTo("うまくいきませんでした");
        robot.clickOn("#probe-close");
        assertThat(UiWait.read(dialog::isShowing)).isFalse();
    }
}
