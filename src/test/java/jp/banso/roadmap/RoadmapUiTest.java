package jp.banso.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.board.BoardModel;
import jp.banso.board.BoardTemplate;
import jp.banso.board.LaneSpec;
import jp.banso.cases.NewCase;
import jp.banso.domain.Board;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.Lane;
import jp.banso.domain.LaneRole;
import jp.banso.domain.Note;
import jp.banso.domain.RoadmapItem;
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
 * The roadmap as a user makes it: three items from the 課題 promoted on a board, one bar dragged two months later,
 * another stretched across a 年度 boundary, a milestone, the zoom switched, undo and redo, the keyboard, a refused
 * period in the table, a restart — and everything still there.
 */
@ExtendWith(ApplicationExtension.class)
class RoadmapUiTest {
    /** The case's 年度 lies in the future, so new items start in April 2030 whatever today is. */
    static final int YEAR = 2030;

    @TempDir
    static Path dataDir;

    private Store store;
    private Stage stage;
    private SupportCase supportCase;
    private List<CaseIssue> issues;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        java.util.Locale.setDefault(java.util.Locale.JAPAN);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        store = Store.open(dataDir);
        supportCase = new NewCase("栃木県", "さくら市", YEAR, "老健局主導型", StartKind.ENTRY).create(store.cases());
        issues = promoteThreeIssues();
        show();
    }

    /** A board whose three 課題 notes are promoted to the case's 課題一覧, as the group work leaves them. */
    private List<CaseIssue> promoteThreeIssues() {
        BoardTemplate t = new BoardTemplate("t", "課題", "", List.of(new LaneSpec("課題", LaneRole.ISSUE, "#F8BBD0")));
        Board board = BoardModel.create(store.boards(), supportCase.getId(), null, "第1回", t);
        BoardModel b = new BoardModel(store.boards(), board.getId());
        Lane lane = b.lanes().get(0);
        Note a = b.addNote(lane.getId(), "通いの場の担い手が足りない", "市町村");
        Note c = b.addNote(lane.getId(), "通所Ｃの利用者が少ない", "包括");
        Note d = b.addNote(lane.getId(), "介護予防の考え方が共有されていない", "アドバイザー");
        b.promote(List.of(a.getId(), c.getId(), d.getId()));
        return store.boards().issues(supportCase.getId());
    }

    private void show() {
        MainWindow main = new MainWindow(store);
        Scene scene = new Scene(main, 1500, 1000);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        main.openCase(supportCase.getId());
        main.workspace().show("roadmap");
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> store.close()).get(10, TimeUnit.SECONDS);
    }

    private RoadmapPage page(FxRobot robot) {
        return robot.lookup("#roadmap-page").queryAs(RoadmapPage.class);
    }

    private Region bar(FxRobot robot, RoadmapItem item) {
        return robot.lookup("#bar-" + item.getId()).queryAs(Region.class);
    }

    /** Presses at a point of the bar ({@code at} 0 = left end … 1 = right end), drags by {@code dx}, releases. */
    private void drag(FxRobot robot, Region bar, double at, double dx) {
        Bounds b = bar.localToScreen(bar.getBoundsInLocal());
        double x = at <= 0 ? b.getMinX() + 3 : at >= 1 ? b.getMaxX() - 3 : b.getMinX() + b.getWidth() * at;
        robot.moveTo(new javafx.geometry.Point2D(x, b.getCenterY())).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 4; i++) {
            robot.moveTo(new javafx.geometry.Point2D(x + dx * i / 4, b.getCenterY()));
        }
        robot.release(MouseButton.PRIMARY);
    }

    @Test
    void aRoadmapFromPromotedIssues(FxRobot robot) throws Exception {
        RoadmapModel model = page(robot).model();
        assertThat(page(robot).timeline().scale().first()).isEqualTo(YearMonth.of(YEAR, 4));
        assertThat(robot.lookup("#roadmap-warnings").queryAs(Region.class).isVisible()).isFalse();

        // three items from the promoted 課題, in one action
        robot.clickOn("#roadmap-from-issues");
        robot.clickOn("#from-all-issues");
        robot.clickOn("#action-names-create"); // the names offered (the 課題's first lines) kept
        List<RoadmapItem> items = model.items();
        assertThat(items).extracting(RoadmapItem::getTitle)
                .containsExactly("通いの場の担い手が足りない", "通所Ｃの利用者が少ない", "介護予防の考え方が共有されていない");
        assertThat(items).extracting(RoadmapItem::getIssueId).containsExactlyElementsOf(issues.stream().map(CaseIssue::getId).toList());
        assertThat(items).allSatisfy(i -> {
            assertThat(i.start()).isEqualTo(YearMonth.of(YEAR, 4));
            assertThat(i.end()).isEqualTo(YearMonth.of(YEAR, 9));
        });
        // nobody is named yet: said so, and saved
        assertThat(robot.lookup("#roadmap-warning-owner").queryAs(Node.class).isVisible()).isTrue();
        assertThat(store.roadmaps().items(supportCase.getId())).hasSize(3);
        RoadmapItem first = items.get(0);
        RoadmapItem second = items.get(1);
        RoadmapItem third = items.get(2);

        // drag the first bar two months later (R12.6–R12.11)
        double month = page(robot).timeline().scale().monthWidth();
        drag(robot, bar(robot, first), 0.5, 2 * month);
        assertThat(model.item(first.getId()).start()).isEqualTo(YearMonth.of(YEAR, 6));
        assertThat(model.item(first.getId()).end()).isEqualTo(YearMonth.of(YEAR, 11));

        // stretch the second by its right end across the 年度 boundary: R12.4–R13.5
        drag(robot, bar(robot, second), 1, 8 * month);
        assertThat(model.item(second.getId()).start()).isEqualTo(YearMonth.of(YEAR, 4));
        assertThat(model.item(second.getId()).end()).isEqualTo(YearMonth.of(YEAR + 1, 5));
        assertThat(bar(robot, second).getWidth()).isGreaterThan(13 * month - 10);

        // a milestone for the third, typed in the detail pane in 和暦; a diamond appears
        robot.clickOn(bar(robot, third));
        robot.clickOn("#item-milestone").write("R12.7.15");
        robot.clickOn("#item-title"); // focus moves on: saved
        assertThat(model.item(third.getId()).getMilestone()).isEqualTo(LocalDate.of(YEAR, 7, 15));
        assertThat(robot.lookup("#milestone-" + third.getId()).tryQuery()).isPresent();

        // an owner and a status through the detail pane, saved as typed
        robot.clickOn("#item-owners").write("高齢介護課、包括");
        robot.clickOn("#item-title");
        assertThat(model.item(third.getId()).ownerList()).containsExactly("高齢介護課", "包括");

        // zoom: month, then 年度 (the whole range fits), then back
        robot.clickOn("#zoom-month");
        assertThat(page(robot).timeline().scale().monthWidth()).isEqualTo(64);
        assertThat(bar(robot, second).getWidth()).isBetween(14 * 64 - 10.0, 14 * 64.0);
        robot.clickOn("#zoom-fiscal_year");
        TimelineScale fitted = page(robot).timeline().scale();
        assertThat(fitted.width() + TimelineView.LABEL_WIDTH).isLessThanOrEqualTo(page(robot).timeline().getWidth());
        robot.clickOn("#zoom-quarter");

        // undo the owners, the milestone and the stretch; redo them
        robot.clickOn("#roadmap-undo");
        robot.clickOn("#roadmap-undo");
        assertThat(model.item(third.getId()).getMilestone()).isNull();
        assertThat(model.item(third.getId()).ownerList()).isEmpty();
        robot.clickOn("#roadmap-undo");
        assertThat(model.item(second.getId()).end()).isEqualTo(YearMonth.of(YEAR, 9));
        robot.clickOn("#roadmap-redo");
        robot.clickOn("#roadmap-redo");
        assertThat(model.item(second.getId()).end()).isEqualTo(YearMonth.of(YEAR + 1, 5));
        assertThat(model.item(third.getId()).getMilestone()).isEqualTo(LocalDate.of(YEAR, 7, 15));
        robot.clickOn("#roadmap-redo");
        assertThat(model.item(third.getId()).ownerList()).containsExactly("高齢介護課", "包括");

        // the keyboard: → one month later, Shift+→ one month longer, Ctrl+Z twice
        robot.clickOn(bar(robot, first));
        robot.type(KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertThat(model.item(first.getId()).start()).isEqualTo(YearMonth.of(YEAR, 7));
        assertThat(model.item(first.getId()).end()).isEqualTo(YearMonth.of(YEAR + 1, 1));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(model.item(first.getId()).start()).isEqualTo(YearMonth.of(YEAR, 6));
        assertThat(model.item(first.getId()).end()).isEqualTo(YearMonth.of(YEAR, 11));

        // the table: an end before the start is refused with a message and changes nothing
        robot.clickOn("#view-table");
        robot.doubleClickOn(cell(robot, 0, "2030年11月"));
        robot.write("R12.3").type(KeyCode.ENTER);
        assertThat(robot.lookup("#roadmap-message").queryAs(Label.class).getText()).contains("終了月が開始月より前です");
        assertThat(model.item(first.getId()).end()).isEqualTo(YearMonth.of(YEAR, 11));
        robot.clickOn("#view-timeline");

        // an item beyond the years shown is reported, with a way to show it
        robot.clickOn(bar(robot, third));
        typeInto(robot, "#item-start", "R17.4"); // refused at first (taken with Enter): it is after the end …
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#error-startMonth").queryAs(Label.class).isVisible()).isTrue();
        typeInto(robot, "#item-end", "R17.9"); // … and taken once the end is later
        robot.clickOn("#item-title");
        assertThat(robot.lookup("#error-startMonth").queryAs(Label.class).isVisible()).isFalse();
        assertThat(model.item(third.getId()).start()).isEqualTo(YearMonth.of(2035, 4));
        assertThat(model.item(third.getId()).end()).isEqualTo(YearMonth.of(2035, 9));
        assertThat(robot.lookup("#roadmap-warning-outside").queryAs(Node.class).isVisible()).isTrue();
        robot.clickOn("#roadmap-fit-range");
        assertThat(robot.lookup("#roadmap-warning-outside").tryQuery()).isEmpty();
        assertThat(page(robot).timeline().scale().last()).isEqualTo(YearMonth.of(2036, 3));

        // the timeline as a picture
        Path png = dataDir.resolve("roadmap.png");
        robot.interact(() -> page(robot).exportPng(png));
        assertThat(Files.size(png)).isGreaterThan(10_000);
        javafx.scene.image.Image image = new javafx.scene.image.Image(png.toUri().toString());
        assertThat(image.getWidth()).isGreaterThan(1000);

        // a restart: a fresh store on the same file, a fresh window
        robot.interact(() -> store.close());
        robot.interact(() -> {
            store = Store.open(dataDir);
            show();
        });
        RoadmapModel reopened = page(robot).model();
        assertThat(reopened.items()).extracting(RoadmapItem::getTitle)
                .containsExactly("通いの場の担い手が足りない", "通所Ｃの利用者が少ない", "介護予防の考え方が共有されていない");
        assertThat(reopened.item(first.getId()).start()).isEqualTo(YearMonth.of(YEAR, 6));
        assertThat(reopened.item(second.getId()).end()).isEqualTo(YearMonth.of(YEAR + 1, 5));
        assertThat(reopened.item(third.getId()).getMilestone()).isEqualTo(LocalDate.of(YEAR, 7, 15));
        assertThat(reopened.item(third.getId()).start()).isEqualTo(YearMonth.of(2035, 4));
        assertThat(reopened.undoLabels().canUndo()).isTrue();
        robot.clickOn("#roadmap-undo"); // undo still works after the restart: the period typed in the pane
        assertThat(reopened.item(third.getId()).end()).isEqualTo(YearMonth.of(YEAR, 9));
        assertThat(reopened.item(third.getId()).start()).isEqualTo(YearMonth.of(YEAR, 4));
    }

    private static void typeInto(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
    }

    /** The table cell in the row showing {@code text}. */
    private Node cell(FxRobot robot, int row, String text) {
        return robot.lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && text.equals(c.getText()) && c.getIndex() == row).query();
    }

    /** Names offered in the naming dialog, and the dialog's first field. */
    private TextField actionName(FxRobot robot, int index) {
        return robot.lookup("#action-name-" + index).queryAs(TextField.class);
    }

    @Test
    void fromAnIssueTheUserNamesTheAction(FxRobot robot) throws Exception {
        RoadmapModel model = page(robot).model();
        robot.clickOn("#roadmap-from-issues");
        robot.clickOn(TimelineView.issueTitle(issues.get(0)));
        // the problem is offered as the name, selected: typing replaces it
        TextField name = actionName(robot, 0);
        assertThat(name.getText()).isEqualTo("通いの場の担い手が足りない");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(name.getScene().getFocusOwner()).isSameAs(name);
        assertThat(name.getSelectedText()).isEqualTo("通いの場の担い手が足りない");
        robot.write("担い手養成講座を開く");
        // no name, no action: the button waits
        robot.interact(() -> name.setText(" "));
        assertThat(robot.lookup("#action-names-create").queryAs(Node.class).isDisabled()).isTrue();
        robot.interact(() -> name.setText("担い手養成講座を開く"));
        robot.clickOn("#action-names-create");
        RoadmapItem made = model.items().get(0);
        assertThat(made.getTitle()).isEqualTo("担い手養成講座を開く");
        assertThat(made.getDescription()).isEqualTo("通いの場の担い手が足りない"); // the 課題 stays readable beside the name
        assertThat(made.getIssueId()).isEqualTo(issues.get(0).getId());
        assertThat(store.roadmaps().items(supportCase.getId())).extracting(RoadmapItem::getTitle).containsExactly("担い手養成講座を開く");
    }

    @Test
    void afterClickingARowsLabelTheArrowsMoveItsBar(FxRobot robot) throws Exception {
        RoadmapModel model = page(robot).model();
        robot.interact(() -> page(robot).createFrom(issues.stream().map(CaseIssue::getId).toList()));
        RoadmapItem second = model.items().get(1);
        YearMonth start = model.item(second.getId()).start();
        // the label, not the bar: the timeline still takes the keys, and ← → move the selected bar
        robot.clickOn("#row-1");
        assertThat(page(robot).timeline().selected()).contains(second.getId());
        double scrolled = robot.lookup(".timeline-scroll").queryAs(javafx.scene.control.ScrollPane.class).getHvalue();
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.RIGHT);
        assertThat(model.item(second.getId()).start()).isEqualTo(start.plusMonths(2));
        robot.type(KeyCode.LEFT);
        assertThat(model.item(second.getId()).start()).isEqualTo(start.plusMonths(1));
        assertThat(model.items().get(0).start()).isEqualTo(start); // only the selected item moved
        // the label's row, then an empty spot of the header: still the bar that moves
        robot.clickOn(robot.lookup(".timeline-header").queryAs(Node.class));
        robot.type(KeyCode.RIGHT);
        assertThat(model.item(second.getId()).start()).isEqualTo(start.plusMonths(2));
        assertThat(robot.lookup(".timeline-scroll").queryAs(javafx.scene.control.ScrollPane.class).getHvalue()).isEqualTo(scrolled);
    }
}
