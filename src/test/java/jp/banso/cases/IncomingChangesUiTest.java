package jp.banso.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.board.BoardEditor;
import jp.banso.board.BoardModel;
import jp.banso.board.TemplateLibrary;
import jp.banso.domain.Board;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.Note;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.FromServer;
import jp.banso.store.Store;
import jp.banso.ui.UiActions;
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
 * Issue 15, items 4 and 5 on screen: an open board follows changes from the team server while a note is being typed,
 * and a case the user may no longer write says so (banner in the workspace, mark in the list).
 */
@ExtendWith(ApplicationExtension.class)
class IncomingChangesUiTest {
    @TempDir
    Path dataDir;

    private Store store;
    private Stage stage;
    private MainWindow main;
    private SupportCase supportCase;
    private Board board;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        java.util.Locale.setDefault(java.util.Locale.JAPAN);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        store = Store.open(dataDir);
        supportCase = new NewCase("栃木県", "さくら市", 2025, "老健局主導型", StartKind.ENTRY).create(store.cases());
        board = BoardModel.create(store.boards(), supportCase.getId(), null, "第1回",
                TemplateLibrary.load(dataDir.resolve("no-templates")).defaultTemplate());
        main = new MainWindow(store);
        Scene scene = new Scene(main, 1500, 1000);
        MainWindow.style(scene);
        stage.setScene(scene);
        UiActions.resetStageSize(stage);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> store.close()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void anOpenBoardTakesTheServersChangesWhileANoteIsTypedAndTheTypedTextWins(FxRobot robot) {
        BoardModel m = new BoardModel(store.boards(), board.getId());
        UUID lane = m.lanes().get(0).getId();
        Note a = m.addNote(lane, "A", "");
        Note b = m.addNote(lane, "B", "");
        robot.interact(() -> {
            main.openCase(supportCase.getId());
            main.workspace().show("boards");
        });
        BoardEditor editor = UiWait.visible(robot, "#board-editor", BoardEditor.class);
        robot.interact(() -> editor.canvas().startEditing(b.getId()));
        TextArea typing = UiWait.visible(robot, ".note-editor", TextArea.class);
        robot.write("利用者の文");

        // sync, on its own thread, while the note is being typed: A moved, B's text changed on the server
        Thread sync = new Thread(() -> FromServer.on(store)
                .update("board_note", a.getId(), Map.of("x", 1200.0, "y", 640.0))
                .update("board_note", b.getId(), Map.of("text", "サーバーの文")).apply());
        sync.start();
        joinQuietly(sync);
        WaitForAsyncUtils.waitForFxEvents();

        BoardModel shown = editor.canvas().model();
        assertThat(UiWait.read(() -> shown.note(a.getId()).getX())).isEqualTo(1200.0); // at once, while typing
        assertThat(UiWait.read(() -> typing.getText())).isEqualTo("利用者の文"); // what is typed stays
        // adding B (and so everything before it) overlaps the server's change: said in the status and on the button
        String blocked = "この操作（付箋を追加）は、チームサーバーから届いた変更と重なるため元に戻せません";
        assertThat(UiWait.read(() -> robot.lookup("#board-status").queryAs(Label.class).getText())).isEqualTo(blocked);
        assertThat(UiWait.read(() -> robot.lookup("#board-undo").queryButton().getTooltip().getText())).isEqualTo(blocked);
        robot.type(KeyCode.ENTER); // the edit is saved

        assertThat(UiWait.read(() -> shown.note(b.getId()).getText())).isEqualTo("利用者の文");
        Map<UUID, Note> stored = new java.util.HashMap<>();
        store.boards().notes(board.getId()).forEach(n -> stored.put(n.getId(), n));
        assertThat(stored.get(a.getId()).getX()).isEqualTo(1200.0);
        assertThat(stored.get(a.getId()).getY()).isEqualTo(640.0);
        assertThat(stored.get(b.getId()).getText()).isEqualTo("利用者の文");
        assertThat(UiWait.read(() -> shown.undoLabels().undo())).isEqualTo("付箋を編集"); // the user's edit is a step of its own
    }

    @Test
    void aReadOnlyCaseShowsWhyInItsWorkspaceAndIsMarkedInTheList(FxRobot robot) {
        SupportCase other = new NewCase("栃木県", "那須町", 2025, "老健局主導型", StartKind.ENTRY).create(store.cases());
        FromServer.readOnly(store, supportCase.getId());
        robot.interact(main::showList);

        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = UiWait.visible(robot, "#case-table", TableView.class);
        assertThat(UiWait.read(() -> table.getItems().stream().map(CaseSummary::municipality).toList()))
                .contains("さくら市", "那須町");
        javafx.css.PseudoClass readOnly = javafx.css.PseudoClass.getPseudoClass("read-only");
        assertThat(robot.lookup(".table-row-cell").match(n -> n.getPseudoClassStates().contains(readOnly)).queryAll()).hasSize(1);
        assertThat(robot.lookup("さくら市（読み取り専用）").tryQuery()).isPresent();

        robot.interact(() -> main.openCase(supportCase.getId()));
        Label banner = UiWait.visible(robot, "#read-only-banner", Label.class);
        assertThat(banner.getText()).startsWith("このケースは、チームから外れたため読み取り専用です（")
                .contains("チームの管理者").contains("ケースを書き出す");

        robot.interact(() -> main.openCase(other.getId()));
        assertThat(UiWait.read(() -> robot.lookup("#read-only-banner").queryAs(Label.class).isVisible())).isFalse();
    }

    @Test
    void theMeetingRecordFollowsTheServerOnceTypingStopsKeepingTheMeetingShownAndWhatWasTyped(FxRobot robot) {
        jp.banso.domain.Meeting first = meeting("第1回", 5);
        jp.banso.domain.Meeting second = meeting("第2回", 7);
        robot.interact(() -> {
            main.openCase(supportCase.getId());
            main.workspace().show("schedule");
        });
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<jp.banso.domain.Meeting> list = UiWait.visible(robot, "#meeting-list", javafx.scene.control.ListView.class);
        robot.interact(() -> list.getSelectionModel().select(1));
        javafx.scene.control.TextField title = UiWait.until(robot, "#meeting-title", javafx.scene.control.TextField.class,
                "shows 第2回", t -> t.getText().equals("第2回"));
        robot.clickOn(title).press(KeyCode.END).release(KeyCode.END).write("（確定）");

        Thread sync = new Thread(() -> FromServer.on(store)
                .update("meeting", second.getId(), Map.of("place", "公民館"))
                .update("meeting", first.getId(), Map.of("title", "第1回（サーバー）")).apply());
        sync.start();
        joinQuietly(sync);
        WaitForAsyncUtils.waitForFxEvents();
        // while typing, the page is left as it is
        assertThat(UiWait.read(() -> robot.lookup("#meeting-title").queryAs(javafx.scene.control.TextField.class)))
                .isSameAs(title);
        assertThat(UiWait.read(() -> title.getText())).isEqualTo("第2回（確定）");

        robot.interact(list::requestFocus); // typing stops
        UiWait.until(robot, "#meeting-place", javafx.scene.control.TextField.class, "shows the server's place",
                t -> t.getText().equals("公民館"));
        assertThat(UiWait.read(() -> robot.lookup("#meeting-title").queryAs(javafx.scene.control.TextField.class).getText()))
                .isEqualTo("第2回（確定）");
        assertThat(UiWait.read(() -> list.getSelectionModel().getSelectedItem().getId())).isEqualTo(second.getId());
        assertThat(UiWait.read(() -> list.getItems().get(0).getTitle())).isEqualTo("第1回（サーバー）");
        jp.banso.domain.Meeting stored = store.meetings().find(second.getId()).orElseThrow();
        assertThat(stored.getTitle()).isEqualTo("第2回（確定）");
        assertThat(stored.getPlace()).isEqualTo("公民館");
    }

    private jp.banso.domain.Meeting meeting(String title, int month) {
        jp.banso.domain.Meeting m = new jp.banso.domain.Meeting();
        m.setCaseId(supportCase.getId());
        m.setKind(jp.banso.domain.MeetingKind.HEARING);
        m.setTitle(title);
        m.setPlannedMonth(java.time.LocalDate.of(2025, month, 1));
        store.meetings().save(m);
        return m;
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
