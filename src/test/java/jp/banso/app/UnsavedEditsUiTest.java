package jp.banso.app;

import static jp.banso.ui.UiActions.typeInto;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.banso.cases.DemoCase;
import jp.banso.domain.Note;
import jp.banso.domain.SupportCase;
import jp.banso.store.DiskFull;
import jp.banso.store.RecoveryFile;
import jp.banso.store.Store;
import jp.banso.ui.UiWait;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item 1, as a user meets it: the disk fills while they type in a form and capture notes on the board. The
 * status bar says plainly that edits are not saved (no stale 「保存しました」); Ctrl+Q does not quit silently — it says
 * how many, tries again, saves them to a file elsewhere; the next start applies that file. With space again, the edits
 * are written without the user doing anything.
 */
@ExtendWith(ApplicationExtension.class)
class UnsavedEditsUiTest {
    @TempDir
    Path dir;
    private Stage stage;
    private Store store;
    private MainWindow main;
    private SupportCase demo;
    private AtomicBoolean full;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BansoApp.applyTheme();
        store = Store.open(dir.resolve("data"));
        demo = DemoCase.create(store);
        full = DiskFull.inject(store);
        show();
    }

    private void show() {
        main = new MainWindow(store);
        Scene scene = new Scene(main, 1280, 720);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void close() {
        UnsavedEdits.useChooser(null);
        if (store != null && store.isOpen()) {
            store.close();
        }
    }

    /** Types in the overview's 備考 and captures two notes on the demo's first board, with the disk full. */
    private void editWithTheDiskFull(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> main.openCase(demo.getId())).get(10, TimeUnit.SECONDS);
        full.set(true);
        typeInto(robot, "#note", "満杯のときの追記");
        robot.clickOn("#nav-boards"); // leaving the page saves what was typed
        UiWait.visible(robot, "#capture-input", javafx.scene.control.TextInputControl.class);
        robot.clickOn("#capture-input").write("買い物に困る高齢者が多い").type(KeyCode.ENTER);
        robot.write("通いの場が少ない").type(KeyCode.ENTER);
        UiWait.until(robot, "#save-error", Label.class, "the status bar saying edits are not saved",
                l -> l.getText().contains("保存できていない変更が3件") && l.getText().contains("ディスクの空きがありません"));
        assertThat(UiWait.read(() -> robot.lookup("#save-status").queryAs(Label.class).getText()))
                .as("no 「保存しました」 beside unsaved edits").isEmpty();
        picture(robot, "#main-window", "status-bar.png");
    }

    /** A picture of what the user sees, in target/unsaved-edits/ (for looking at, not compared). */
    private static void picture(FxRobot robot, String query, String name) throws Exception {
        Path out = Path.of("target", "unsaved-edits");
        java.nio.file.Files.createDirectories(out);
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(
                () -> robot.lookup(query).query().getScene().getRoot().snapshot(null, null)).get(10, TimeUnit.SECONDS);
        jp.banso.ui.PngFiles.write(image, out.resolve(name));
    }

    @Test
    void quittingWithUnsavedEditsAsksAndSavesThemToAFileTheNextStartApplies(FxRobot robot) throws Exception {
        Path file = dir.resolve("usb").resolve("未保存" + RecoveryFile.EXTENSION);
        java.nio.file.Files.createDirectories(file.getParent());
        UnsavedEdits.useChooser((owner, save) -> file);
        editWithTheDiskFull(robot);

        robot.press(KeyCode.CONTROL).press(KeyCode.Q).release(KeyCode.Q).release(KeyCode.CONTROL);
        UiWait.visible(robot, "#unsaved-dialog", javafx.scene.control.DialogPane.class);
        assertThat(UiWait.read(() -> robot.lookup("#unsaved-dialog").queryAs(javafx.scene.control.DialogPane.class).getHeaderText()))
                .isEqualTo("保存できていない変更が3件あります");
        assertThat(UiWait.read(() -> robot.lookup("#unsaved-list").queryListView().getItems()))
                .contains("ケースの概要", "ボード: 付箋を追加");

        picture(robot, "#unsaved-dialog", "quit-dialog.png");
        robot.clickOn("キャンセル"); // stays open, nothing lost
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(UiWait.read(stage::isShowing)).isTrue();

        robot.press(KeyCode.CONTROL).press(KeyCode.Q).release(KeyCode.Q).release(KeyCode.CONTROL);
        UiWait.visible(robot, "#unsaved-dialog", javafx.scene.control.DialogPane.class);
        robot.clickOn("もう一度保存"); // the disk is still full: asked again, saying so
        UiWait.until(robot, "#unsaved-message", Label.class, "the dialog saying it still fails",
                l -> l.getText().startsWith("まだ保存できません"));
        robot.clickOn("ファイルに保存して終了…");
        UiWait.visible(robot, "#unsaved-saved", javafx.scene.control.DialogPane.class);
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiWait.read(() -> !stage.isShowing()));
        assertThat(java.nio.file.Files.exists(file)).isTrue();
        WaitForAsyncUtils.asyncFx(() -> store.close()).get(10, TimeUnit.SECONDS);

        // the next start: the pointer beside the database brings the offer
        WaitForAsyncUtils.asyncFx(() -> {
            store = Store.open(dir.resolve("data"));
            show();
            javafx.application.Platform.runLater(() -> UnsavedEdits.offerRecovery(stage, store, main::showList));
        }).get(20, TimeUnit.SECONDS);
        UiWait.visible(robot, "#recovery-offer", javafx.scene.control.DialogPane.class);
        picture(robot, "#recovery-offer", "recovery-offer.png");
        robot.clickOn("反映する");
        UiWait.visible(robot, "#recovery-applied", javafx.scene.control.DialogPane.class);
        assertThat(UiWait.read(() -> robot.lookup("#recovery-applied").queryAs(javafx.scene.control.DialogPane.class).getContentText()))
                .contains("3件の変更を反映しました");
        robot.clickOn("OK");
        assertThat(store.cases().find(demo.getId()).orElseThrow().getNote()).contains("満杯のときの追記");
        assertThat(notesOfTheCase()).contains("買い物に困る高齢者が多い", "通いの場が少ない");
        assertThat(RecoveryFile.pointed(store.directory())).isEmpty();
    }

    private java.util.List<String> notesOfTheCase() {
        return store.boards().boards(demo.getId()).stream().flatMap(b -> store.boards().notes(b.getId()).stream())
                .map(Note::getText).toList();
    }

    @Test
    void withSpaceAgainTheKeptEditsAreWrittenWithoutAsking(FxRobot robot) throws Exception {
        editWithTheDiskFull(robot);
        full.set(false); // the user deleted some files
        UiWait.until(robot, "#save-status", Label.class, "「保存しました」 once the kept edits are written",
                l -> l.getText().startsWith("保存しました"));
        assertThat(UiWait.read(() -> robot.lookup("#save-error").queryAs(Label.class).getText())).isEmpty();
        assertThat(store.pendingWrites().size()).isZero();
        assertThat(store.cases().find(demo.getId()).orElseThrow().getNote()).contains("満杯のときの追記");
        assertThat(notesOfTheCase()).contains("買い物に困る高齢者が多い", "通いの場が少ない");

        robot.press(KeyCode.CONTROL).press(KeyCode.Q).release(KeyCode.Q).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiWait.read(() -> !stage.isShowing()));
        assertThat(robot.lookup("#unsaved-dialog").tryQuery()).isEmpty();
    }
}
