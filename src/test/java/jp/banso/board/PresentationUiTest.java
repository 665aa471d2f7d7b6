package jp.banso.board;

import jp.banso.domain.Note;
import jp.banso.domain.Lane;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
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

/**
 * 発表モード on a 1024×768 projector: the smallest note text and speaker label on screen are at least 20 px, the capture
 * bar and key help can be hidden, no selection outline or link lines unless asked, and the timer has its own strip.
 * And the timer itself: refuses 「abc」, ±1 分, the last minute in a warning colour, the end signalled (on a test clock).
 */
@ExtendWith(ApplicationExtension.class)
class PresentationUiTest {
    static final String NINETY = "住民主体の通いの場を町内会単位で広げたいが、担い手の高齢化と移動手段の不足が重なり、"
            + "週一回の開催を続けるのが難しくなっている地区が増えている。送迎の協力者を探したい。";

    @TempDir
    static Path dataDir;

    private Store store;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        java.util.Locale.setDefault(java.util.Locale.JAPAN);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        store = Store.open(dataDir.resolve(String.valueOf(System.nanoTime())));
        SupportCase c = new NewCase("栃木県", "さくら市", 2022, "老健局主導型", StartKind.ENTRY).create(store.cases());
        MainWindow main = new MainWindow(store);
        Scene scene = new Scene(main, 1280, 720);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        main.openCase(c.getId());
        main.workspace().show("boards");
    }

    @AfterEach
    void close(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide);
            store.close();
        }).get(10, TimeUnit.SECONDS);
    }

    private BoardEditor newBoard(FxRobot robot) {
        robot.clickOn("#new-board");
        robot.clickOn("#new-board-create");
        return jp.banso.ui.UiWait.visible(robot, "#board-editor", BoardEditor.class);
    }

    /** Three lanes, the busiest with nine notes (one of about 90 characters), each with a speaker; a 課題 link. */
    private void fill(FxRobot robot, BoardModel model) {
        robot.interact(() -> {
            List<Lane> lanes = model.lanes();
            String[] who = {"住民", "社協", "包括"};
            for (int l = 0; l < lanes.size(); l++) {
                int count = l == 1 ? 9 : 4;
                for (int i = 0; i < count; i++) {
                    model.addNote(lanes.get(l).getId(), l == 1 && i == 0 ? NINETY : "レーン" + l + "の付箋" + i, who[i % 3]);
                }
            }
            Note v = model.notesIn(lanes.get(0).getId()).get(0);
            Note c = model.notesIn(lanes.get(1).getId()).get(1);
            model.createIssue(v.getId(), c.getId(), "課題");
        });
    }

    private static Stage presentation() {
        return (Stage) Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().getRoot() != null
                && "presentation-root".equals(w.getScene().getRoot().getId())).findFirst().orElseThrow();
    }

    private static double onScreen(Node text, double fontSize) {
        return fontSize * text.getLocalToSceneTransform().getMyy();
    }

    @Test
    void onA1024x768ProjectorNoteTextAndSpeakersAreAtLeast20Px(FxRobot robot) throws Exception {
        BoardEditor editor = newBoard(robot);
        BoardModel model = editor.canvas().model();
        fill(robot, model);
        robot.clickOn(editor.canvas()).type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w.getScene() != null && "presentation-root".equals(w.getScene().getRoot().getId())));
        Stage window = presentation();
        BoardCanvas canvas = (BoardCanvas) window.getScene().lookup("#presentation-canvas");
        robot.interact(() -> {
            window.setFullScreen(false);
            window.setWidth(1024);
            window.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(canvas::zoomToFit);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.getScene().getWidth()).isEqualTo(1024);
        assertThat(window.getScene().getHeight()).isEqualTo(768);

        // every note in view: its text and its speaker, measured in screen pixels
        double[] smallest = WaitForAsyncUtils.asyncFx(() -> {
            double body = Double.MAX_VALUE;
            double author = Double.MAX_VALUE;
            int seen = 0;
            for (Note n : model.notes()) {
                NoteNode node = (NoteNode) canvas.nodeOf(n.getId());
                Bounds b = node.localToScene(node.getLayoutBounds());
                if (!node.isVisible() || b.getMaxX() < 0 || b.getMinX() > 1024 || b.getMaxY() < 0 || b.getMinY() > 768) {
                    continue;
                }
                seen++;
                body = Math.min(body, onScreen(node, node.bodyFontSize()));
                if (n.getAuthor() != null) {
                    author = Math.min(author, onScreen(node, node.authorFontSize()));
                }
            }
            return new double[] {body, author, seen, canvas.zoom()};
        }).get();
        System.out.printf("発表モード 1024×768: zoom %.2f, smallest note text %.1f px, smallest speaker label %.1f px, %d notes in view%n",
                smallest[3], smallest[0], smallest[1], (int) smallest[2]);
        assertThat(smallest[2]).as("notes in view").isGreaterThanOrEqualTo(4);
        assertThat(smallest[0]).as("note text on screen, px").isGreaterThanOrEqualTo(20);
        assertThat(smallest[1]).as("speaker label on screen, px").isGreaterThanOrEqualTo(20);
        // the busiest lane (現状, nine notes) is the one in view
        Note busiest = model.notesIn(model.lanes().get(1).getId()).get(0);
        Bounds inView = WaitForAsyncUtils.asyncFx(() -> canvas.nodeOf(busiest.getId()).localToScene(
                canvas.nodeOf(busiest.getId()).getLayoutBounds())).get();
        assertThat(inView.getMinX()).isBetween(0.0, 1024.0);
        // zooming out stops at the readable size
        robot.interact(() -> {
            for (int i = 0; i < 10; i++) {
                canvas.zoomAt(0.5, 500, 300);
            }
        });
        assertThat(canvas.zoom() * BoardFonts.NOTE_TEXT).isGreaterThanOrEqualTo(20);

        // no selection outline and no link lines unless asked (L)
        robot.interact(() -> canvas.selectOnly(busiest.getId()));
        NoteNode node = (NoteNode) canvas.nodeOf(busiest.getId());
        assertThat(node.getBorder().getStrokes().get(0).getWidths().getTop()).isLessThan(3);
        Node links = canvas.world().getChildren().get(2);
        assertThat(links.isVisible()).isFalse();
        robot.type(KeyCode.L);
        assertThat(links.isVisible()).isTrue();
        assertThat(node.getBorder().getStrokes().get(0).getWidths().getTop()).isEqualTo(4);
        robot.type(KeyCode.L);
        assertThat(links.isVisible()).isFalse();

        // H hides the capture bar and the key help, and brings them back
        Node capture = window.getScene().lookup(".presentation-capture");
        Node hint = window.getScene().lookup("#presentation-hint");
        assertThat(capture.isVisible()).isTrue();
        robot.interact(canvas::requestFocus);
        robot.type(KeyCode.H);
        assertThat(capture.isVisible()).isFalse();
        assertThat(capture.isManaged()).isFalse();
        assertThat(hint.isVisible()).isFalse();
        assertThat(canvas.getHeight()).isGreaterThan(700); // the room goes to the notes
        robot.type(KeyCode.H);
        assertThat(capture.isVisible()).isTrue();
        assertThat(hint.isVisible()).isTrue();

        // the timer runs in its own strip above the board, covering no note
        robot.interact(canvas::requestFocus);
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        Label clock = (Label) window.getScene().lookup("#presentation-timer");
        assertThat(clock.isVisible()).isTrue();
        Bounds clockBounds = clock.localToScene(clock.getLayoutBounds());
        Bounds canvasBounds = canvas.localToScene(canvas.getLayoutBounds());
        assertThat(clockBounds.getMaxY()).isLessThanOrEqualTo(canvasBounds.getMinY());
        robot.type(KeyCode.T);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aLongNoteKeepsItsTextReadableInTheNormalView(FxRobot robot) throws Exception {
        BoardEditor editor = newBoard(robot);
        BoardModel model = editor.canvas().model();
        Note[] n = new Note[1];
        robot.interact(() -> n[0] = model.addNote(model.lanes().get(0).getId(), NINETY, "住民"));
        robot.interact(() -> editor.canvas().reveal(n[0].getId()));
        WaitForAsyncUtils.waitForFxEvents();
        NoteNode node = (NoteNode) editor.canvas().nodeOf(n[0].getId());
        double size = WaitForAsyncUtils.asyncFx(node::bodyFontSize).get();
        System.out.printf("通常表示: 約%d文字の付箋の文字 %.0f（ボード単位）, 付箋の高さ %.0f%n", NINETY.length(), size, n[0].getHeight());
        assertThat(size).isEqualTo(BoardFonts.NOTE_TEXT); // the note grew instead of shrinking its text
        assertThat(node.isCut()).isFalse();
        assertThat(n[0].getHeight()).isGreaterThan(BoardLayout.NOTE_HEIGHT);

        // sized down by hand: the text shrinks no further than the minimum, and …全文 offers the rest
        robot.interact(() -> model.resize(n[0].getId(), 120, 72));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(node::bodyFontSize).get()).isGreaterThanOrEqualTo(BoardFonts.MIN_NOTE_TEXT);
        assertThat(WaitForAsyncUtils.asyncFx(node::isCut).get()).isTrue();
    }

    @Test
    void theTimerRefusesLettersTakesFullWidthDigitsAndSignalsTheEnd(FxRobot robot) throws Exception {
        BoardEditor editor = newBoard(robot);
        GroupWorkTimer timer = editor.timer();
        MutableClock clock = new MutableClock();
        AtomicInteger signals = new AtomicInteger();
        robot.interact(() -> timer.useClock(clock, signals::incrementAndGet));
        @SuppressWarnings("unchecked")
        Spinner<Integer> minutes = (Spinner<Integer>) toolbarItem(editor, "timer-minutes");

        // 「abc」 is refused: the field keeps its number, and says why
        robot.interact(() -> {
            minutes.getEditor().selectAll();
            minutes.getEditor().replaceSelection("abc");
        });
        assertThat(minutes.getEditor().getText()).isEqualTo("15");
        assertThat(robot.lookup("#board-status").queryLabeled().getText()).contains("数字");
        // full-width digits are taken as digits
        robot.interact(() -> minutes.getEditor().selectAll());
        robot.interact(() -> minutes.getEditor().replaceSelection("３"));
        assertThat(minutes.getEditor().getText()).isEqualTo("3");
        robot.interact(() -> minutes.getEditor().fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false)));
        assertThat(minutes.getValue()).isEqualTo(3);
        assertThat(timer.minutesProperty().get()).isEqualTo(3);

        Label display = robot.lookup("#timer-display").queryAs(Label.class);
        press(robot, editor, "timer-start");
        assertThat(timer.runningProperty().get()).isTrue();
        assertThat(display.getText()).isEqualTo("3:00");
        press(robot, editor, "timer-plus");
        assertThat(display.getText()).isEqualTo("4:00");
        press(robot, editor, "timer-minus");
        press(robot, editor, "timer-minus");
        assertThat(display.getText()).isEqualTo("2:00");

        // the last minute in the warning colour
        clock.advance(Duration.ofSeconds(50));
        robot.interact(timer::refresh);
        assertThat(display.getText()).isEqualTo("1:10");
        assertThat(display.getStyleClass()).doesNotContain(GroupWorkTimer.WARNING, GroupWorkTimer.ENDED);
        clock.advance(Duration.ofSeconds(15));
        robot.interact(timer::refresh);
        assertThat(display.getText()).isEqualTo("0:55");
        assertThat(display.getStyleClass()).contains(GroupWorkTimer.WARNING);
        assertThat(signals.get()).isZero();

        // 0:00: another colour and the signal, once
        clock.advance(Duration.ofSeconds(56));
        robot.interact(timer::refresh);
        robot.interact(timer::refresh);
        assertThat(display.getText()).isEqualTo("0:00");
        assertThat(display.getStyleClass()).contains(GroupWorkTimer.ENDED).doesNotContain(GroupWorkTimer.WARNING);
        assertThat(timer.runningProperty().get()).isFalse();
        assertThat(signals.get()).isEqualTo(1);

        // the real tone: made in code, and silent (no exception) where there is no sound device
        assertThat(EndTone.chime()).hasSizeGreaterThan(20_000);
        EndTone.play();

        press(robot, editor, "timer-reset");
        assertThat(display.getStyleClass()).doesNotContain(GroupWorkTimer.WARNING, GroupWorkTimer.ENDED);
        assertThat(display.getText()).isEqualTo("3:00");
    }

    /**
     * A control of the board's toolbar, wherever it stands: in the bar, or in its » menu when the window is narrow
     * (at 1280×720 the timer is there). The timer's behaviour, not the overflow menu, is what this test is about.
     */
    private static Node toolbarItem(BoardEditor editor, String id) {
        return editor.toolbar().getItems().stream().filter(n -> id.equals(n.getId())).findFirst().orElseThrow();
    }

    private static void press(FxRobot robot, BoardEditor editor, String id) {
        robot.interact(((javafx.scene.control.ButtonBase) toolbarItem(editor, id))::fire);
    }

    /** A clock the test moves by hand. */
    static final class MutableClock implements InstantSource {
        private Instant now = Instant.parse("2026-04-01T01:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }
    }
}
