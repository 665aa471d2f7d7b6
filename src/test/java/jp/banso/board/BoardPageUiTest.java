package jp.banso.board;

import jp.banso.domain.Note;
import jp.banso.domain.Lane;
import jp.banso.domain.Board;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.cases.NewCase;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.ui.UiActions;
import jp.banso.domain.Speaker;
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
 * The board page in the field (issue 12): small screens, keys from the capture field, the lane change seen where one
 * types, lane actions on the selected notes, 課題 registered once and marked, named colours, keys in the tooltips,
 * the speaker kept, and boards made from a meeting's page.
 */
@ExtendWith(ApplicationExtension.class)
class BoardPageUiTest {

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
        store.boards().saveAuthors(List.of(new Speaker("市町村", "#1565C0"), new Speaker("包括", "#2E7D32"), new Speaker("住民", "#6A1B9A")));
        supportCase = new NewCase("栃木県", "さくら市", 2022, "老健局主導型", StartKind.ENTRY).create(store.cases());
        board = BoardModel.create(store.boards(), supportCase.getId(), null, "第1回 あるべき姿 / 現状 / 課題",
                TemplateLibrary.load(dataDir.resolve("no-templates")).defaultTemplate());
        main = new MainWindow(store);
        Scene scene = new Scene(main, 1500, 1000);
        MainWindow.style(scene);
        stage.setScene(scene);
        UiActions.resetStageSize(stage); // the stage outlives a test: the small sizes of one test must not carry over
        stage.show();
        stage.requestFocus();
        main.openCase(supportCase.getId());
        main.workspace().show("boards");
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            UiActions.resetStageSize(stage); // the next test class gets the stage at the size it expects
            store.close();
        }).get(10, TimeUnit.SECONDS);
    }

    private BoardEditor editor(FxRobot robot) {
        return jp.banso.ui.UiWait.visible(robot, "#board-editor", BoardEditor.class); // the page may still be opening the board
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private static void altType(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT).type(key).release(KeyCode.ALT);
    }

    // ------------------------------------------------------------------------------------------------ item 3

    /** At 1024×600, 1024×768 and 1280×720 nothing is cut off: every toolbar control is in view or in its » menu. */
    @Test
    void everyToolbarControlIsReachableOnSmallScreens(FxRobot robot) throws Exception {
        for (int[] size : new int[][] {{1024, 600}, {1024, 768}, {1280, 720}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            BoardEditor editor = editor(robot);
            ToolBar toolbar = editor.toolbar();
            double[] area = fx(() -> new double[] {editor.canvas().getWidth(), editor.canvas().getHeight()});
            System.out.printf("board drawing area at %dx%d: %.0f x %.0f%n", size[0], size[1], area[0], area[1]);
            assertThat(fx(() -> robot.lookup("#boards-page").queryAs(BoardsPage.class).listShown())).as("the board list folds away").isFalse();
            assertThat(fx(() -> editor.localToScene(editor.getLayoutBounds()).getMaxX())).isLessThanOrEqualTo(size[0]);
            assertThat(fx(() -> editor.capture().getHeight())).as("one row of capture").isLessThan(90);

            List<Node> overflowed = new ArrayList<>();
            for (Node item : toolbar.getItems()) {
                if (item instanceof Separator || !item.isManaged()) { // unmanaged: hidden on purpose (votes left without a round)
                    continue;
                }
                boolean inBar = fx(() -> {
                    if (item.getScene() == null || !item.isVisible() || item.getParent() == null) {
                        return false;
                    }
                    Bounds b = item.localToScene(item.getLayoutBounds());
                    Bounds bar = toolbar.localToScene(toolbar.getLayoutBounds());
                    return b.getMinX() >= bar.getMinX() && b.getMaxX() <= bar.getMaxX() && b.getMaxX() <= size[0];
                });
                if (!inBar) {
                    overflowed.add(item);
                }
            }
            if (!overflowed.isEmpty()) {
                Node more = toolbar.lookup(".tool-bar-overflow-button");
                assertThat(more).isNotNull();
                assertThat(fx(() -> more.isVisible() && more.localToScene(more.getLayoutBounds()).getMaxX() <= size[0])).isTrue();
                robot.clickOn(more);
                for (Node item : overflowed) {
                    assertThat(fx(() -> item.getScene() != null && item.getScene().getWindow() != null
                            && item.getScene().getWindow().isShowing() && item.getScene().getWindow() != stage))
                            .as("%s in the » menu", item.getId()).isTrue();
                }
                javafx.stage.Window menu = overflowed.get(0).getScene().getWindow();
                robot.interact(menu::hide);
            }
            System.out.printf("  %d of %d toolbar items in the » menu%n", overflowed.size(), toolbar.getItems().size());
        }
    }

    @Test
    void theBoardListFoldsAndComesBackWithItsSwitch(FxRobot robot) throws Exception {
        BoardsPage page = robot.lookup("#boards-page").queryAs(BoardsPage.class);
        robot.interact(() -> stage.setWidth(1280));
        assertThat(fx(page::listShown)).isFalse();
        robot.clickOn("#board-list-switch");
        assertThat(fx(page::listShown)).isTrue();
        assertThat(robot.lookup("#board-list").tryQuery()).isPresent();
        robot.clickOn("#board-list-switch");
        assertThat(fx(page::listShown)).isFalse();
        robot.interact(() -> stage.setWidth(1900));
        assertThat(fx(page::listShown)).as("wide again: the list is back").isTrue();
    }

    // ------------------------------------------------------------------------------------------------ item 4

    @Test
    void keysWorkFromTheCaptureField(FxRobot robot) throws Exception {
        BoardEditor editor = editor(robot);
        BoardCanvas canvas = editor.canvas();
        var input = editor.capture().input();
        assertThat(input.getPromptText()).contains("Esc", "Alt+V", "Alt+F", "Tab");
        assertThat(input.getTooltip().getText()).contains("Alt+1〜9", "Ctrl+↑・↓", "Shift+Enter");

        robot.clickOn(input).write("f");
        assertThat(input.getText()).isEqualTo("f"); // a plain letter is text
        altType(robot, KeyCode.V);
        assertThat(canvas.voteModeProperty().get()).isTrue();
        assertThat(fx(input::isFocused)).as("the field keeps the focus").isTrue();
        assertThat(input.getText()).isEqualTo("f");
        altType(robot, KeyCode.V);
        assertThat(canvas.voteModeProperty().get()).isFalse();

        robot.interact(() -> canvas.zoomAt(3, 0, 0));
        double zoomedIn = canvas.zoom();
        altType(robot, KeyCode.F);
        assertThat(canvas.zoom()).as("Alt+F shows the whole board").isLessThan(zoomedIn);
        assertThat(fx(input::isFocused)).isTrue();

        altType(robot, KeyCode.DIGIT2);
        assertThat(editor.capture().selectedLane()).isEqualTo(canvas.model().lanes().get(1).getId());
        assertThat(input.getText()).isEqualTo("f");

        robot.type(KeyCode.ESCAPE);
        assertThat(fx(canvas::isFocused)).as("Esc leaves the field for the board").isTrue();
        assertThat(input.getText()).as("nothing typed is lost").isEqualTo("f");
        assertThat(robot.lookup("#board-status").queryAs(Label.class).getText()).contains("Esc");
        robot.type(KeyCode.V);
        assertThat(canvas.voteModeProperty().get()).isTrue();
        robot.type(KeyCode.V);
        robot.type(KeyCode.ESCAPE);
        assertThat(fx(input::isFocused)).as("Esc on the board goes back to the field").isTrue();
        robot.write("ff").type(KeyCode.ENTER);
        assertThat(canvas.model().notes()).extracting(Note::getText).containsExactly("fff");
    }

    // ------------------------------------------------------------------------------------------------ item 5

    @Test
    void tabPastTheLastLaneShowsTheLaneAndColoursTheField(FxRobot robot) throws Exception {
        BoardEditor editor = editor(robot);
        BoardModel model = editor.canvas().model();
        var input = editor.capture().input();
        List<Lane> lanes = model.lanes();
        robot.clickOn(input);
        altType(robot, KeyCode.DIGIT3);
        assertThat(input.getPromptText()).contains("「課題」");
        assertThat(fieldColour(input)).satisfies(c -> assertNear(c, tint(lanes.get(2).getColour())));

        robot.type(KeyCode.TAB); // past the last lane: the first again
        assertThat(editor.capture().selectedLane()).isEqualTo(lanes.get(0).getId());
        assertThat(input.getPromptText()).contains("「あるべき姿」");
        assertThat(fieldColour(input)).satisfies(c -> assertNear(c, tint(lanes.get(0).getColour())));
        Node flash = fx(() -> editor.canvas().lookup(".lane-flash"));
        assertThat(flash).as("the lane flashes on the board").isNotNull();
        assertThat(flash.getUserData()).isEqualTo(lanes.get(0).getId());
        assertThat(fx(flash::isVisible)).isTrue();
    }

    /** The colour inside the field, away from the text. */
    private static Color fieldColour(javafx.scene.control.TextArea input) throws Exception {
        return fx(() -> {
            WritableImage image = input.snapshot(null, null);
            return image.getPixelReader().getColor((int) image.getWidth() - 12, (int) image.getHeight() - 6);
        });
    }

    private static Color tint(String colour) {
        return Color.web(colour).interpolate(Color.WHITE, 0.35);
    }

    private static void assertNear(Color actual, Color expected) {
        assertThat(Math.abs(actual.getRed() - expected.getRed()) + Math.abs(actual.getGreen() - expected.getGreen())
                + Math.abs(actual.getBlue() - expected.getBlue())).as("%s is %s", actual, expected).isLessThan(0.04);
    }

    // ------------------------------------------------------------------------------------------------ item 8

    @Test
    void tidyActsOnTheLaneOfTheSelectedNotes(FxRobot robot) throws Exception {
        BoardEditor editor = editor(robot);
        BoardModel model = editor.canvas().model();
        UUID vision = model.lanes().get(0).getId();
        UUID current = model.lanes().get(1).getId();
        double column = BoardLayout.LANE_WIDTH + BoardLayout.LANE_GAP;
        UUID[] ids = fx(() -> {
            UUID v = model.addNote(vision, "あるべき姿", null).getId();
            UUID c1 = model.addNote(current, "現状1", null).getId();
            UUID c2 = model.addNote(current, "現状2", null).getId();
            model.move(Map.of(v, new double[] {40, 600}, c1, new double[] {column + 50, 500}, c2, new double[] {column + 60, 90}));
            return new UUID[] {v, c1, c2};
        });
        assertThat(editor.capture().selectedLane()).isEqualTo(vision); // the capture bar is on another lane
        robot.interact(() -> editor.canvas().selectOnly(ids[1]));
        MenuItem tidy = fx(() -> menuItem(editor, "board-lanes", "lane-tidy"));
        robot.interact(tidy::fire);
        assertThat(model.note(ids[2]).getX()).isEqualTo(column + 16);
        assertThat(model.note(ids[2]).getY()).isEqualTo(80);
        assertThat(model.note(ids[1]).getY()).isEqualTo(80);
        assertThat(model.note(ids[0]).getX()).as("the capture bar's lane stays as it was").isEqualTo(40);
        assertThat(model.note(ids[0]).getY()).isEqualTo(600);
        assertThat(robot.lookup("#board-status").queryAs(Label.class).getText()).contains("「現状」");
    }

    private static MenuItem menuItem(BoardEditor editor, String menuId, String itemId) {
        MenuButton menu = (MenuButton) editor.toolbar().getItems().stream().filter(n -> menuId.equals(n.getId())).findFirst().orElseThrow();
        return menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void registeringTwiceRegistersOnceAndMarksTheNote(FxRobot robot) throws Exception {
        BoardEditor editor = editor(robot);
        BoardModel model = editor.canvas().model();
        robot.clickOn(editor.capture().input());
        altType(robot, KeyCode.DIGIT3);
        robot.write("担い手が足りない").type(KeyCode.ENTER);
        Note issue = model.notes().iterator().next();
        robot.interact(() -> editor.canvas().selectOnly(issue.getId()));
        NoteNode node = (NoteNode) editor.canvas().nodeOf(issue.getId());
        assertThat(node.isRegistered()).isFalse();

        robot.clickOn("#board-promote");
        assertThat(store.boards().issues(supportCase.getId())).hasSize(1);
        assertThat(node.isRegistered()).as("a mark on the note").isTrue();
        assertThat(model.undoLabels().undo()).isEqualTo("課題に登録");
        String first = robot.lookup("#board-status").queryAs(Label.class).getText();

        robot.clickOn("#board-promote");
        assertThat(store.boards().issues(supportCase.getId())).hasSize(1);
        assertThat(robot.lookup("#board-status").queryAs(Label.class).getText()).isNotEqualTo(first).contains("登録されています");
        robot.interact(model::undo);
        assertThat(model.undoLabels().undo()).as("one undo step, not two").isEqualTo("付箋を追加");
        assertThat(store.boards().issues(supportCase.getId())).isEmpty();
        assertThat(node.isRegistered()).isFalse();
        robot.interact(model::redo);
        assertThat(node.isRegistered()).isTrue();
        // the image export draws the board with the same canvas: the mark is there too
        assertThat(fx(() -> {
            BoardCanvas export = new BoardCanvas(model, false);
            try {
                return ((NoteNode) export.nodeOf(issue.getId())).isRegistered();
            } finally {
                export.dispose();
            }
        })).isTrue();
    }

    @Test
    void aNewIssueNoteIsBroughtIntoView(FxRobot robot) throws Exception {
        BoardEditor editor = editor(robot);
        BoardCanvas canvas = editor.canvas();
        BoardModel model = canvas.model();
        List<Lane> lanes = model.lanes();
        UUID[] pair = fx(() -> {
            for (int i = 0; i < 30; i++) {
                model.addNote(lanes.get(2).getId(), "課題" + i, null);
            }
            return new UUID[] {model.addNote(lanes.get(0).getId(), "あるべき姿", null).getId(),
                    model.addNote(lanes.get(1).getId(), "現状", null).getId()};
        });
        robot.interact(() -> {
            canvas.zoomToLane(0);
            canvas.setSelection(java.util.Set.of(pair[0], pair[1]));
        });
        robot.clickOn("#board-make-issue");
        robot.clickOn(".dialog-pane .text-field").write("通いの場が遠い").type(KeyCode.ENTER);
        Note issue = model.notes().stream().filter(n -> n.getText().equals("通いの場が遠い")).findFirst().orElseThrow();
        WaitForAsyncUtils.waitForFxEvents();
        boolean inView = fx(() -> {
            Bounds view = canvas.localToScene(canvas.getLayoutBounds());
            Bounds note = canvas.nodeOf(issue.getId()).localToScene(canvas.nodeOf(issue.getId()).getLayoutBounds());
            return view.contains(note.getMinX(), note.getMinY()) && view.contains(note.getMaxX(), note.getMaxY());
        });
        assertThat(inView).isTrue();
    }

    // ------------------------------------------------------------------------------------------------ item 12

    @Test
    void coloursHaveNamesAndTooltipsNameTheirKeys(FxRobot robot) throws Exception {
        BoardEditor editor = editor(robot);
        MenuButton colour = (MenuButton) editor.toolbar().getItems().stream().filter(n -> "board-colour".equals(n.getId())).findFirst().orElseThrow();
        List<String> names = colour.getItems().stream().map(MenuItem::getText).filter(java.util.Objects::nonNull).toList();
        assertThat(names).contains("黄", "桃", "水色", "緑", "橙", "紫", "白").noneMatch(t -> t.contains("#"));

        Map<String, String> keys = Map.of("board-undo", "Ctrl+Z", "board-redo", "Ctrl+Y", "board-group", "Ctrl+G",
                "board-ungroup", "Ctrl+Shift+G", "board-vote-mode", "Alt+V", "board-delete", "Delete", "board-fit", "Alt+F",
                "board-present", "F5", "board-search", "Ctrl+F");
        for (Node item : editor.toolbar().getItems()) {
            if (item instanceof Control c && !(item instanceof Separator) && !(item instanceof Label)) {
                assertThat(c.getTooltip()).as("%s has a tooltip", item.getId()).isNotNull();
                if (keys.containsKey(item.getId())) {
                    assertThat(c.getTooltip().getText()).as(item.getId()).contains(keys.get(item.getId()));
                }
            }
        }
        assertThat(editor.toolbar().getItems()).extracting(Node::getId).containsAll(keys.keySet());
    }

    @Test
    void theSpeakerIsKeptWhenComingBackToTheBoard(FxRobot robot) throws Exception {
        robot.clickOn(editor(robot).capture().input());
        robot.press(KeyCode.CONTROL).type(KeyCode.DOWN).type(KeyCode.DOWN).release(KeyCode.CONTROL);
        assertThat(editor(robot).capture().author().getValue()).isEqualTo("包括");
        robot.interact(() -> main.workspace().show("overview"));
        robot.interact(() -> main.workspace().show("boards"));
        assertThat(editor(robot).capture().author().getValue()).isEqualTo("包括");
        robot.clickOn(editor(robot).capture().input()); // the field of the board shown now, as the user clicks it
        robot.write("見守りの担い手").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> jp.banso.ui.UiWait.read(() -> !editor(robot).canvas().model().notes().isEmpty()));
        assertThat(editor(robot).canvas().model().notes()).extracting(Note::getAuthor).containsExactly("包括");
    }

    @Test
    void aBoardMadeFromAMeetingsPageBelongsToThatMeeting(FxRobot robot) throws Exception {
        Meeting second = fx(() -> {
            Meeting last = null;
            for (int i = 1; i <= 2; i++) {
                Meeting m = new Meeting();
                m.setCaseId(supportCase.getId());
                m.setKind(MeetingKind.VISIT);
                m.setStatus(MeetingStatus.PLANNED);
                m.setSequence(i);
                m.setPlannedMonth(LocalDate.of(2026, 5 + i, 1));
                store.meetings().save(m);
                last = m;
            }
            return last;
        });
        robot.interact(() -> main.workspace().show("schedule"));
        robot.interact(() -> robot.lookup("#meeting-list").queryListView().getSelectionModel().select(1));
        robot.clickOn("#meeting-new-board");
        jp.banso.ui.UiWait.visible(robot, "#new-board-meeting", Node.class);
        @SuppressWarnings("unchecked")
        ComboBox<BoardsPage.Owner> owner = robot.lookup("#new-board-meeting").queryAs(ComboBox.class);
        assertThat(owner.getValue().meeting().getId()).isEqualTo(second.getId());
        assertThat(owner.getItems()).doesNotContainNull().hasSize(3);
        assertThat(owner.getItems().get(0)).hasToString("（ケース全体）");
        robot.clickOn(owner);
        List<String> shown = fx(() -> robot.lookup(".combo-box-popup .list-cell").queryAll().stream()
                .map(n -> ((ListCell<?>) n).getText()).filter(java.util.Objects::nonNull).toList());
        assertThat(shown).hasSize(3).noneMatch(String::isBlank).contains("（ケース全体）", "第2回現地支援");
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#new-board-create");
        List<Board> boards = store.boards().boards(supportCase.getId());
        assertThat(boards).hasSize(2);
        Board made = boards.stream().filter(b -> !b.getId().equals(board.getId())).findFirst().orElseThrow();
        assertThat(made.getMeetingId()).isEqualTo(second.getId());
        assertThat(made.getTitle()).startsWith("第2回現地支援");
    }
}
