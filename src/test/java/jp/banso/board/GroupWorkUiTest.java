package jp.banso.board;

import jp.banso.domain.VoteRound;
import jp.banso.domain.NoteGroup;
import jp.banso.domain.Note;
import jp.banso.domain.LaneRole;
import jp.banso.domain.Lane;
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
        return jp.banso.ui.UiWait.visible(robot, "#board-editor", BoardEditor.class);
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
        assertThat(again.undoLabels().undo()).isEqualTo("課題に登録");
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

    @Test
    void aVotingRoundBySpeakerWithVotesLeftAndRankedResults(FxRobot robot) {
        robot.clickOn("#new-board");
        robot.clickOn("#new-board-create");
        BoardEditor editor = editor(robot);
        BoardModel model = editor.canvas().model();
        BoardCanvas canvas = editor.canvas();
        robot.interact(() -> {
            for (String t : List.of("送迎", "担い手", "場所")) {
                model.addNote(model.lanes().get(0).getId(), t, null);
            }
        });
        robot.interact(canvas::zoomToFit);
        Note a = byText(model, "送迎");
        Note b = byText(model, "担い手");
        Note c = byText(model, "場所");
        javafx.scene.control.Label left = robot.lookup("#round-votes-left").queryAs(javafx.scene.control.Label.class);
        assertThat(left.isVisible()).as("free voting: no count").isFalse();

        // a round of two votes per speaker
        robot.clickOn("#round-menu").clickOn("#round-start");
        robot.doubleClickOn("#round-votes-per-person .text-field").write("2").type(KeyCode.TAB);
        robot.clickOn("始める");
        assertThat(model.openRound()).get().extracting(VoteRound::getVotesPerPerson).isEqualTo(2);
        assertThat(left.isVisible()).isTrue();
        assertThat(left.getText()).contains("発言者");

        robot.interact(() -> robot.lookup("#capture-author").queryComboBox().setValue("住民"));
        assertThat(left.getText()).isEqualTo("残り 2票（住民）");
        robot.clickOn("#board-vote-mode");
        robot.clickOn(canvas.nodeOf(b.getId())).clickOn(canvas.nodeOf(b.getId()));
        assertThat(left.getText()).isEqualTo("残り 0票（住民）");
        robot.clickOn(canvas.nodeOf(c.getId())); // a third is refused, and told
        assertThat(model.note(c.getId()).getVotes()).isZero();
        assertThat(robot.lookup("#board-status").queryLabeled().getText()).contains("住民さんの票はもう残っていません");
        robot.interact(() -> robot.lookup("#capture-author").queryComboBox().setValue("社協"));
        assertThat(left.getText()).isEqualTo("残り 2票（社協）");
        robot.clickOn(canvas.nodeOf(c.getId()));
        robot.clickOn("#board-vote-mode");

        // closing ranks the lane and shows the results
        robot.clickOn("#round-menu").clickOn("#round-close");
        String results = robot.lookup("#round-results .content").queryLabeled().getText();
        assertThat(results).startsWith("1位　2票　担い手（住民 2）").contains("2位　1票　場所（社協 1）").doesNotContain("送迎");
        robot.clickOn("OK");
        assertThat(model.openRound()).isEmpty();
        assertThat(left.isVisible()).isFalse();
        assertThat(model.notesIn(model.lanes().get(0).getId()).stream().sorted(BoardLayout.READING_ORDER).map(Note::getText))
                .containsExactly("担い手", "場所", "送迎");
        assertThat(model.note(a.getId()).getVotes()).isZero();
        // one undo opens the round again with the notes where they were
        robot.clickOn(canvas);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(model.openRound()).isPresent();
    }

    @Test
    void draggingAnIslandByItsNameMovesItsNotes(FxRobot robot) throws Exception {
        robot.clickOn("#new-board");
        robot.clickOn("#new-board-create");
        BoardEditor editor = editor(robot);
        BoardModel model = editor.canvas().model();
        BoardCanvas canvas = editor.canvas();
        robot.interact(() -> {
            UUID lane = model.lanes().get(0).getId();
            for (String t : List.of("a", "b", "c", "d")) {
                model.addNote(lane, t, null);
            }
            model.group(List.of(byText(model, "c").getId(), byText(model, "d").getId()), "島");
        });
        robot.interact(() -> canvas.zoomAt(1, 0, 0));
        robot.interact(canvas::zoomToFit);
        Note a = byText(model, "a");
        Note c = byText(model, "c");
        Note d = byText(model, "d");
        double ax = a.getX();
        double cx = c.getX();
        double cy = c.getY();
        double dy = d.getY();
        javafx.scene.Node label = robot.lookup(".note-group-label").query();
        // the name tag: above the island, and the island's outline does not take in a or b
        javafx.geometry.Bounds tag = WaitForAsyncUtils.asyncFx(() -> label.localToScene(label.getBoundsInLocal())).get();
        javafx.geometry.Bounds top = WaitForAsyncUtils.asyncFx(() -> canvas.nodeOf(c.getId()).localToScene(
                canvas.nodeOf(c.getId()).getBoundsInLocal())).get();
        assertThat(tag.getMaxY()).isLessThanOrEqualTo(top.getMinY() + 1);
        javafx.scene.shape.Shape outline = (javafx.scene.shape.Shape) robot.lookup(".note-group").queryAs(javafx.scene.Group.class)
                .getChildren().get(0);
        assertThat(outline.contains(a.centerX(), a.centerY())).isFalse();
        assertThat(outline.contains(c.centerX(), c.centerY())).isTrue();

        robot.drag(label).moveBy(0, 120).drop();
        assertThat(model.undoLabels().undo()).isEqualTo("グループを移動");
        assertThat(model.note(c.getId()).getY()).isGreaterThan(cy + 20);
        assertThat(model.note(d.getId()).getY() - model.note(c.getId()).getY()).isEqualTo(dy - cy); // together
        assertThat(model.note(c.getId()).getX()).isEqualTo(cx);
        assertThat(model.note(a.getId()).getX()).isEqualTo(ax);
        assertThat(model.note(a.getId()).getY()).isEqualTo(BoardLayout.slotY(0)); // a non-member stays
        robot.clickOn(canvas);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(model.note(c.getId()).getY()).isEqualTo(cy);
        assertThat(model.note(d.getId()).getY()).isEqualTo(dy);
    }

    private static Note byText(BoardModel model, String text) {
        return model.notes().stream().filter(n -> n.getText().equals(text)).findFirst().orElseThrow();
    }

    static Set<UUID> ids(Note... notes) {
        return java.util.Arrays.stream(notes).map(Note::getId).collect(java.util.stream.Collectors.toSet());
    }
}
