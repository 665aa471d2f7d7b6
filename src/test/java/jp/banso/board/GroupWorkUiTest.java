package jp.banso.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.cases.NewCase;
import jp.banso.domain.CaseIssue;
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

/**
 * A whole group work at the keyboard: the default board, 15 notes captured across three lanes, a group, dot votes,
 * あるべき姿 − 現状 = 課題, promotion to the case's 課題, three undos and redos, a restart, the same board.
 */
@ExtendWith(ApplicationExtension.class)
class GroupWorkUiTest {

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
        show();
    }

    private void show() {
        main = new MainWindow(store);
        Scene scene = new Scene(main, 1500, 1000);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        main.openCase(supportCase.getId());
        main.workspace().show("boards");
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> store.close()).get(10, TimeUnit.SECONDS);
    }

    private BoardEditor editor(FxRobot robot) {
        return robot.lookup("#board-editor").queryAs(BoardEditor.class);
    }

    @Test
    void aWholeGroupWork(FxRobot robot) throws Exception {
        // the default board, from the new-board dialog
        robot.clickOn("#new-board");
        robot.clickOn("#new-board-create");
        BoardModel model = editor(robot).canvas().model();
        assertThat(model.lanes()).extracting(Lane::getTitle).containsExactly("あるべき姿", "現状", "課題");

        // 15 notes by keyboard: type, Enter; Tab moves to the next lane
        robot.clickOn("#capture-input");
        for (int lane = 0; lane < 3; lane++) {
            for (int i = 1; i <= 5; i++) {
                robot.write("L" + lane + "付箋" + i).type(KeyCode.ENTER);
            }
            robot.type(KeyCode.TAB);
        }
        assertThat(model.notes()).hasSize(15);
        for (Lane l : model.lanes()) {
            assertThat(model.notesIn(l.getId())).hasSize(5);
        }
        assertThat(store.boards().notes(model.board().getId())).hasSize(15); // each one saved as it was typed

        BoardCanvas canvas = editor(robot).canvas();
        robot.interact(canvas::zoomToFit);
        Note v1 = byText(model, "L0付箋1");
        Note v2 = byText(model, "L0付箋2");
        Note c1 = byText(model, "L1付箋1");

        // group two あるべき姿 notes: click, Ctrl+click, Ctrl+G, a title
        robot.clickOn(canvas.nodeOf(v1.getId()));
        robot.press(KeyCode.CONTROL).clickOn(canvas.nodeOf(v2.getId())).release(KeyCode.CONTROL);
        assertThat(canvas.selection()).containsExactlyInAnyOrder(v1.getId(), v2.getId());
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        robot.clickOn(".dialog-pane .text-field").write("通いの場").type(KeyCode.ENTER);
        assertThat(model.groups()).singleElement().extracting(NoteGroup::getTitle).isEqualTo("通いの場");
        assertThat(model.members(model.groups().iterator().next().getId())).hasSize(2);

        // dot votes: three stickers on the first 現状 note, one on v1
        robot.clickOn("#board-vote-mode");
        robot.clickOn(canvas.nodeOf(c1.getId())).clickOn(canvas.nodeOf(c1.getId())).clickOn(canvas.nodeOf(c1.getId()));
        robot.clickOn(canvas.nodeOf(v1.getId()));
        robot.clickOn("#board-vote-mode");
        assertThat(model.note(c1.getId()).getVotes()).isEqualTo(3);
        assertThat(model.note(v1.getId()).getVotes()).isEqualTo(1);

        // あるべき姿 − 現状 = 課題
        robot.clickOn(canvas.nodeOf(v1.getId()));
        robot.press(KeyCode.CONTROL).clickOn(canvas.nodeOf(c1.getId())).release(KeyCode.CONTROL);
        robot.clickOn("#board-make-issue");
        robot.clickOn(".dialog-pane .text-field").write("通所Cの利用者を増やす").type(KeyCode.ENTER);
        Note issue = byText(model, "通所Cの利用者を増やす");
        assertThat(model.linked(issue.getId(), LaneRole.VISION)).get().extracting(Note::getId).isEqualTo(v1.getId());
        assertThat(model.linked(issue.getId(), LaneRole.CURRENT)).get().extracting(Note::getId).isEqualTo(c1.getId());
        assertThat(model.lane(issue.getLaneId()).orElseThrow().getRole()).isEqualTo(LaneRole.ISSUE);

        // 課題に登録
        assertThat(canvas.selection()).containsExactly(issue.getId());
        robot.clickOn("#board-promote");
        List<CaseIssue> issues = store.boards().issues(supportCase.getId());
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.getStatement()).isEqualTo("通所Cの利用者を増やす");
            assertThat(i.getVisionText()).isEqualTo("L0付箋1");
            assertThat(i.getCurrentText()).isEqualTo("L1付箋1");
        });

        // undo three steps (promote, make issue, the vote on v1) and redo them
        robot.clickOn(canvas);
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        }
        assertThat(store.boards().issues(supportCase.getId())).isEmpty();
        assertThat(model.note(issue.getId())).isNull();
        assertThat(model.note(v1.getId()).getVotes()).isZero();
        assertThat(model.note(c1.getId()).getVotes()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        }
        assertThat(model.note(issue.getId())).isNotNull();
        assertThat(model.note(v1.getId()).getVotes()).isEqualTo(1);
        assertThat(store.boards().issues(supportCase.getId())).hasSize(1);

        // the board as a PNG
        Path png = dataDir.resolve("board.png");
        robot.interact(() -> editor(robot).exportPng(png));
        assertThat(Files.size(png)).isGreaterThan(10_000);
        assertThat(javax.imageio.ImageIO.read(png.toFile()).getWidth()).isGreaterThan(1500);

        // restart: a new store on the same file shows the same board, and undo still works
        robot.interact(() -> {
            store.close();
            store = Store.open(dataDir);
            show();
        });
        BoardModel again = editor(robot).canvas().model();
        assertThat(again.board().getId()).isEqualTo(model.board().getId());
        assertThat(again.notes()).hasSize(16);
        assertThat(again.groups()).singleElement().extracting(NoteGroup::getTitle).isEqualTo("通いの場");
        assertThat(again.note(c1.getId()).getVotes()).isEqualTo(3);
        assertThat(again.links()).hasSize(2);
        assertThat(again.undoLabel()).isEqualTo("課題に登録");
        robot.clickOn(editor(robot).canvas());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(store.boards().issues(supportCase.getId())).isEmpty();
    }

    @Test
    void aRefusedNoteKeepsItsTextInTheField(FxRobot robot) {
        robot.clickOn("#new-board");
        robot.clickOn("#new-board-create");
        BoardModel model = editor(robot).canvas().model();
        var input = editor(robot).capture().input();
        robot.interact(() -> input.setText("あ".repeat(10_000)));
        robot.clickOn(input).type(KeyCode.END).type(KeyCode.ENTER);
        assertThat(model.notes()).isEmpty();
        assertThat(input.getText()).hasSize(10_000);
        assertThat(robot.lookup("#capture-message").queryLabeled().getText()).contains("2000文字");
        robot.interact(() -> input.setText("=HYPERLINK(\"x\") 👍🏻"));
        robot.clickOn(input).type(KeyCode.END).type(KeyCode.ENTER);
        assertThat(model.notes()).extracting(Note::getText).containsExactly("=HYPERLINK(\"x\") 👍🏻");
    }

    private static Note byText(BoardModel model, String text) {
        return model.notes().stream().filter(n -> n.getText().equals(text)).findFirst().orElseThrow();
    }

    static Set<UUID> ids(Note... notes) {
        return java.util.Arrays.stream(notes).map(Note::getId).collect(java.util.stream.Collectors.toSet());
    }
}
