package jp.banso.board;

import jp.banso.domain.Board;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.cases.NewCase;
import jp.banso.domain.Limits;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.BenchData;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13 item 7 on screen: a board stored with more notes than a board shows is not opened — the page says why, the
 * window stays responsive and the case's other boards open; the capture field refuses the note past the limit with a
 * message and keeps what was typed.
 */
@ExtendWith(ApplicationExtension.class)
class BoardLimitsUiTest {
    @TempDir
    Path dataDir;

    private Store store;
    private Stage stage;
    private SupportCase supportCase;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        java.util.Locale.setDefault(java.util.Locale.JAPAN);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        store = Store.open(dataDir);
        supportCase = new NewCase("栃木県", "さくら市", 2022, "老健局主導型", StartKind.ENTRY).create(store.cases());
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(null);
            store.close();
        }).get(30, TimeUnit.SECONDS);
    }

    private Board board(String title) {
        return BoardModel.create(store.boards(), supportCase.getId(), null, title, BoardModelTest.VISION_CURRENT_ISSUE);
    }

    @Test
    void aBoardStoredWithTooManyNotesIsNotOpenedButSaysWhy(FxRobot robot) throws Exception {
        Board small = board("ふつうのボード");
        Board large = board("古い版のボード"); // the last board: the page opens it first
        BenchData.fillBoard(store, new BoardModel(store.boards(), small.getId()), 20, 1);
        BenchData.fillBoard(store, new BoardModel(store.boards(), large.getId()), Limits.NOTES_PER_BOARD.max() + 1, 2);

        BoardsPage page = fx(() -> {
            MainWindow main = new MainWindow(store);
            Scene scene = new Scene(main, 1500, 1000);
            MainWindow.style(scene);
            stage.setScene(scene);
            stage.show();
            main.openCase(supportCase.getId());
            main.workspace().show("boards");
            return (BoardsPage) scene.lookup("#boards-page");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Label why = fx(() -> (Label) stage.getScene().lookup("#board-too-large"));
        assertThat(why).as("the page says why the board is not open").isNotNull();
        assertThat(fx(why::getText)).isEqualTo("このボードの付箋が多すぎます（10,001枚）。1つのボードの付箋は 10,000 枚までです。");
        assertThat(fx(() -> why.isVisible() && why.getScene() != null)).isTrue();
        assertThat(fx(() -> stage.getScene().getRoot().lookupAll(".section-title").stream()
                .anyMatch(n -> ((Label) n).getText().equals("このボードは大きすぎるため開きません")))).isTrue();
        assertThat(fx(page::editor)).as("the board was not read").isEmpty();
        java.nio.file.Files.createDirectories(Path.of("target", "screens"));
        javafx.scene.image.WritableImage shot = fx(() -> stage.getScene().getRoot().snapshot(null, null));
        jp.banso.ui.PngFiles.write(shot, Path.of("target", "screens", "board-too-large.png")); // to look at
        assertThat(fx(page::listShown)).as("the list stays, to open another board").isTrue();

        // the other board opens as ever
        fx(() -> {
            @SuppressWarnings("unchecked")
            ListView<Board> list = (ListView<Board>) stage.getScene().lookup("#board-list");
            list.getSelectionModel().select(list.getItems().stream().filter(b -> b.getId().equals(small.getId())).findFirst().orElseThrow());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> page.editor().map(e -> e.canvas().model().notes().size()))).contains(20);
        assertThat(fx(() -> stage.getScene().lookup("#board-too-large"))).isNull();
    }

    @Test
    void captureAtTheLimitIsRefusedWithAMessageAndKeepsTheText(FxRobot robot) throws Exception {
        Board full = board("満杯のボード");
        BenchData.fillBoard(store, new BoardModel(store.boards(), full.getId()), Limits.NOTES_PER_BOARD.max(), 3);
        BoardModel model = new BoardModel(store.boards(), full.getId());
        fx(() -> {
            CaptureBar bar = new CaptureBar(model, List.of());
            Scene scene = new Scene(bar, 1200, 200);
            MainWindow.style(scene);
            stage.setScene(scene);
            stage.show();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#capture-input").write("もう1枚");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> ((Label) stage.getScene().lookup("#capture-message")).getText()))
                .isEqualTo("付箋を追加できません。1つのボードの付箋は 10,000 枚までです。新しいボードに分けて続けてください。");
        assertThat(fx(() -> ((TextArea) stage.getScene().lookup("#capture-input")).getText())).as("nothing typed is lost").isEqualTo("もう1枚");
        assertThat(store.boards().noteCount(full.getId())).isEqualTo(Limits.NOTES_PER_BOARD.max());
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
    }
}
