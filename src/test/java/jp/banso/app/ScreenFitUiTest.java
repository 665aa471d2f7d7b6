package jp.banso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import jp.banso.bundle.ui.BundleMenu;
import jp.banso.cases.CaseWorkspace;
import jp.banso.domain.CaseSummary;
import jp.banso.ui.PngFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 12's acceptance: on the screen Monocle is given (-Dheadless.geometry; Maven runs this class at 1280×720 and at
 * 1024×768, see pom.xml), the real app window (started as {@link BansoApp} starts it, so its first-start placement runs),
 * every dialog and the board page lie wholly on the screen with their buttons reachable. Each screen is saved as
 * target/screens/&lt;size&gt;/&lt;name&gt;.png.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreenFitUiTest {
    /** Half a pixel: layout snaps to pixels. */
    private static final double SLACK = 0.5;

    @TempDir
    static Path dataDir;

    private static Application app;
    private static Stage stage;
    private static Path screens;
    private static final FxRobot robot = new FxRobot();
    private static final int BROKEN_TEMPLATES = 14;

    @BeforeAll
    static void startTheApp() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        Rectangle2D screen = fx(() -> Screen.getPrimary().getBounds());
        screens = Path.of("target", "screens", (int) screen.getWidth() + "x" + (int) screen.getHeight());
        Files.createDirectories(screens);
        // issue 13 item 10: a templates folder with 14 broken files, listed in the 「+ボード」 dialog
        Path templates = Files.createDirectories(dataDir.resolve("templates").resolve("boards"));
        for (int i = 1; i <= BROKEN_TEMPLATES; i++) {
            Files.writeString(templates.resolve("壊れたテンプレート" + i + ".json"), "{\"id\": \"broken-" + i + "\", \"lanes\": [");
        }
        app = FxToolkit.setupApplication(BansoApp.class, "--data-dir", dataDir.toString(), "--demo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> stage.getScene() != null && stage.getScene().getRoot() instanceof MainWindow));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void closeTheApp() throws Exception {
        BundleMenu.useChooser(null);
        FxToolkit.cleanupApplication(app);
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w instanceof Stage s) {
                    s.hide();
                }
            }
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    @Order(1)
    void mainWindowFillsTheScreenWithMenuStatusBarAndNewCaseVisible() throws Exception {
        Rectangle2D visual = fx(() -> Screen.getPrimary().getVisualBounds());
        assertThat(fx(stage::isShowing)).isTrue();
        assertWithin("main window", fx(() -> windowBounds(stage)), visual);
        if (visual.getWidth() < WindowPlacement.DEFAULT_WIDTH || visual.getHeight() < WindowPlacement.DEFAULT_HEIGHT) {
            // smaller than the 1360×860 the window used to take: it fills the screen
            assertThat(fx(stage::getWidth)).isEqualTo(visual.getWidth());
            assertThat(fx(stage::getHeight)).isEqualTo(visual.getHeight());
        } else {
            assertThat(fx(stage::getWidth)).isEqualTo(WindowPlacement.DEFAULT_WIDTH);
        }
        for (String id : new String[] {"#menu-bar", ".status-bar", "#new-case", "#case-search", "#filter-year", "#filter-prefecture",
                "#filter-state", "#filter-archived", "#archive-case"}) {
            assertShownInWindow(id, node(id), stage);
        }
        // the filters show their whole text (「すべての年度」, not 「すべ…」)
        for (String id : new String[] {"#filter-year", "#filter-prefecture", "#filter-state"}) {
            assertThat(fx(() -> fullyShown(node(id)))).as(id + " shows its whole text").isTrue();
        }
        snapshot("case-list", stage);
    }

    @Test
    @Order(2)
    void newCaseDialogFits() throws Exception {
        Window d = open(() -> ((Button) onFx("#new-case")).fire());
        assertDialogFits("new-case", d);
        close(d);
    }

    @Test
    @Order(3)
    void caseExportAndImportPreviewFit() throws Exception {
        Window export = open(() -> fireMenuItem("menu-export-cases"));
        assertDialogFits("bundle-export", export);
        Path file = dataDir.resolve("screens.banso");
        WaitForAsyncUtils.asyncFx(() -> {
            ((TextField) export.getScene().lookup("#bundle-export-file")).setText(file.toString());
            ((Button) export.getScene().lookup("#bundle-export-run")).fire();
        }).get(10, TimeUnit.SECONDS);
        Label status = (Label) export.getScene().lookup("#bundle-export-status");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> status.getText() != null && status.getText().contains("書き出しました")));
        assertDialogFits("bundle-export-done", export);
        close(export);

        BundleMenu.useChooser(owner -> file);
        Window preview = open(() -> fireMenuItem("menu-import-cases"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> !preview.getScene().lookup("#bundle-import-run").isDisabled()));
        WaitForAsyncUtils.waitForFxEvents();
        assertDialogFits("bundle-import", preview);
        close(preview);
    }

    @Test
    @Order(4)
    void restoreAndPasswordDialogsFit() throws Exception {
        Window restore = open(() -> fireMenuItem("menu-restore"));
        assertDialogFits("restore", restore);
        close(restore);
        Window password = open(() -> fireMenuItem("menu-set-password"));
        assertDialogFits("password", password);
        close(password);
    }

    @Test
    @Order(5)
    void keyHelpAndAboutFit() throws Exception {
        Window keys = open(() -> fireMenuItem("menu-keys"));
        assertDialogFits("key-help", keys);
        assertThat(fx(() -> keys.getScene().getRoot().lookupAll(".label").stream()
                .anyMatch(n -> "Ctrl+Tab".equals(((Label) n).getText()) || ((Label) n).getText().contains("F5")))).isTrue();
        close(keys);
        Window about = open(() -> fireMenuItem("menu-about"));
        assertDialogFits("about", about);
        assertThat(fx(() -> ((DialogPane) about.getScene().getRoot()).getHeaderText())).contains("バージョン");
        close(about);
    }

    @Test
    @Order(5)
    void anAlertNoPageMadeToFitIsKeptOnTheScreenToo() throws Exception {
        // as the board's own dialogs (a choice, a confirmation): only the app-wide watch applies
        String longText = "長い説明の行です。".repeat(12).concat("\n").repeat(60);
        Window alert = open(() -> {
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION, longText);
            a.initOwner(stage);
            a.showAndWait();
        });
        assertDialogFits("alert", alert);
        close(alert);
    }

    @Test
    @Order(6)
    void caseWorkspaceFoldsItsNavigationAndTheHandoutDialogFits() throws Exception {
        openDemoCase();
        // below 1300 px the navigation is folded to icons: the page gets the width
        Node nav = node("#case-nav");
        if (fx(stage::getWidth) < CaseWorkspace.FOLD_BELOW) {
            assertThat(fx(() -> nav.getLayoutBounds().getWidth())).isLessThan(80);
        } else {
            assertThat(fx(() -> nav.getLayoutBounds().getWidth())).isGreaterThan(150);
        }
        assertShownInWindow("#nav-toggle", node("#nav-toggle"), stage);
        snapshot("case-overview", stage);
        // the 8 steps show their whole names (「指標・目標値の設定」 was cut to 「指標・目標値…」)
        Node ladder = node("#stage-ladder");
        for (Node step : fx(() -> List.copyOf(ladder.lookupAll(".stage-step")))) {
            assertThat(fx(() -> fullyShown(step))).as(fx(() -> ((javafx.scene.control.Labeled) step).getText())).isTrue();
        }
        javafx.scene.image.WritableImage steps = fx(() -> ladder.snapshot(null, null));
        PngFiles.write(steps, screens.resolve("stage-ladder.png"));
        // 「メニュー」 unfolds it and folds it again
        boolean folded = fx(() -> workspaceNow().navigationFolded());
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ToggleButton) onFx("#nav-toggle")).fire()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> workspaceNow().navigationFolded())).isEqualTo(!folded);
        assertThat(fx(() -> nav.getLayoutBounds().getWidth())).isGreaterThan(folded ? 150.0 : 0).isLessThan(folded ? 1000.0 : 80);
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ToggleButton) onFx("#nav-toggle")).fire()).get(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> workspaceNow().navigationFolded())).isEqualTo(folded);
        Window handouts = open(() -> ((Button) onFx("#case-handouts")).fire());
        assertDialogFits("handouts", handouts);
        close(handouts);
    }

    @Test
    @Order(7)
    void issuesShowTheirPriority() throws Exception {
        showPart("issues");
        WaitForAsyncUtils.waitForFxEvents();
        List<ComboBox<?>> levels = fx(() -> {
            List<ComboBox<?>> all = new ArrayList<>();
            for (Node n : stage.getScene().getRoot().lookupAll(".combo-box")) {
                if (n instanceof ComboBox<?> c && c.getValue() instanceof jp.banso.domain.IssueLevel) {
                    all.add(c);
                }
            }
            return all;
        });
        assertThat(levels).as("the demo case's issues have a 優先度").isNotEmpty();
        for (ComboBox<?> c : levels) {
            assertThat(fx(() -> fullyShown(c))).as("優先度 " + fx(() -> String.valueOf(c.getValue()))).isTrue();
        }
        snapshot("issues", stage);
        showPart("schedule");
        WaitForAsyncUtils.waitForFxEvents();
        snapshot("schedule", stage);
        showPart("roadmap");
        WaitForAsyncUtils.waitForFxEvents();
        snapshot("roadmap", stage);
    }

    @Test
    @Order(8)
    void boardPageToolbarsAndBoardDialogsAreReachable() throws Exception {
        showPart("boards");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            @SuppressWarnings("unchecked")
            ListView<Object> boards = (ListView<Object>) onFx("#board-list");
            if (boards != null) { // on a narrow page the first board is open and its list folded away
                boards.getSelectionModel().select(0);
            }
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> stage.getScene().lookup("#board-toolbar") != null));
        WaitForAsyncUtils.waitForFxEvents(); // the board's first zoom-to-fit (run later by the editor) included
        assertShownInWindow("the board page", node("#boards-page"), stage);
        jp.banso.board.BoardsPage page = (jp.banso.board.BoardsPage) node("#boards-page");
        assertThat(fx(page::listShown)).as("the board list folds away below 1300 px").isFalse();
        List<ToolBar> bars = fx(() -> stage.getScene().getRoot().lookupAll(".tool-bar").stream()
                .filter(n -> n instanceof ToolBar).map(n -> (ToolBar) n).toList());
        assertThat(bars).isNotEmpty();
        for (ToolBar bar : bars) {
            assertToolBarReachable(bar);
        }
        snapshot("board", stage);
        // 発表モード on this screen (its sizes are asserted in PresentationUiTest): a picture for the docs, then Esc
        jp.banso.board.BoardEditor editor = fx(() -> page.editor().orElseThrow());
        Window presentation = open(() -> ((Button) editor.toolbar().getItems().stream()
                .filter(n -> "board-present".equals(n.getId())).findFirst().orElseThrow()).fire());
        WaitForAsyncUtils.waitForFxEvents(); // the zoom to the readable size is run later by the window
        snapshot("presentation", presentation);
        Platform.runLater(() -> ((Stage) presentation).close());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !presentation.isShowing()));

        // the folded list comes back from the toolbar's first button, with 「+ボード」 in reach
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ToggleButton) stage.getScene().lookup("#board-list-switch")).fire())
                .get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(page::listShown)).isTrue();
        assertShownInWindow("#new-board", node("#new-board"), stage);
        snapshot("board-list", stage);

        Window newBoard = open(() -> ((Button) onFx("#new-board")).fire());
        assertDialogFits("new-board", newBoard);
        // its 14 template problems scroll in an area of their own, shown within the dialog
        Node problems = fx(() -> newBoard.getScene().lookup("#new-board-problems"));
        assertThat(problems).isInstanceOf(javafx.scene.control.ScrollPane.class);
        javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) problems;
        assertThat(fx(() -> ((Label) scroll.getContent()).getText().split("\n"))).hasSize(BROKEN_TEMPLATES);
        assertThat(fx(() -> scroll.getContent().getLayoutBounds().getHeight())).as("the list is taller than its area: it scrolls")
                .isGreaterThan(fx(() -> scroll.getViewportBounds().getHeight()));
        assertShownInWindow("the template problems", scroll, newBoard);
        close(newBoard);
        Window authors = open(() -> ((Button) onFx("#edit-authors")).fire());
        assertDialogFits("authors", authors);
        close(authors);
    }

    // --- the app ---

    private static void openDemoCase() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            MainWindow main = (MainWindow) stage.getScene().getRoot();
            @SuppressWarnings("unchecked")
            TableView<CaseSummary> table = (TableView<CaseSummary>) main.lookup("#case-table");
            main.openCase(table.getItems().get(0).id());
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static CaseWorkspace workspaceNow() {
        return ((MainWindow) stage.getScene().getRoot()).workspace();
    }

    private static void showPart(String part) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> ((MainWindow) stage.getScene().getRoot()).workspace().show(part)).get(10, TimeUnit.SECONDS);
    }

    private static void fireMenuItem(String id) {
        MenuBar bar = (MenuBar) stage.getScene().lookup("#menu-bar");
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (id.equals(i.getId())) {
                    i.fire();
                    return;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    // --- windows ---

    /** Runs the action later on the FX thread (it may wait in a dialog of its own) and returns the window it opened. */
    private static Window open(Runnable action) throws Exception {
        Set<Window> before = new HashSet<>(fx(() -> List.copyOf(Window.getWindows())));
        Platform.runLater(action);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> fx(() -> newStage(before) != null));
        WaitForAsyncUtils.waitForFxEvents(); // the cap, run later once the window is shown, included
        return fx(() -> newStage(before));
    }

    private static Window newStage(Set<Window> before) {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing() && !before.contains(w)).findFirst().orElse(null);
    }

    /** Closes a dialog with its cancel (or only) button, as a user would. */
    private static void close(Window w) throws Exception {
        Platform.runLater(() -> {
            DialogPane pane = (DialogPane) w.getScene().getRoot();
            List<Button> buttons = buttons(pane);
            Button cancel = buttons.stream().filter(Button::isCancelButton).findFirst()
                    .orElse(buttons.stream().filter(Button::isDefaultButton).findFirst().orElse(buttons.get(buttons.size() - 1)));
            cancel.fire();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !w.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Button> buttons(DialogPane pane) {
        List<Button> all = new ArrayList<>();
        for (var type : pane.getButtonTypes()) {
            Node n = pane.lookupButton(type);
            if (n instanceof Button b && b.isVisible()) {
                all.add(b);
            }
        }
        return all;
    }

    private static void assertDialogFits(String name, Window w) throws Exception {
        Rectangle2D visual = fx(() -> Screen.getPrimary().getVisualBounds());
        assertWithin(name + " window", fx(() -> windowBounds(w)), visual);
        DialogPane pane = fx(() -> (DialogPane) w.getScene().getRoot());
        List<Button> buttons = fx(() -> buttons(pane));
        assertThat(buttons).as(name + " has buttons").isNotEmpty();
        for (Button b : buttons) {
            assertShownInWindow(name + " button " + fx(b::getText), b, w);
        }
        snapshot(name, w);
    }

    /** Every button of the tool bar is on screen, or the tool bar shows its overflow button for the ones that are not. */
    private static void assertToolBarReachable(ToolBar bar) throws Exception {
        List<ButtonBase> hidden = fx(() -> {
            List<ButtonBase> off = new ArrayList<>();
            for (Node item : bar.getItems()) {
                for (ButtonBase b : buttonsIn(item)) {
                    if (b.getScene() == null || !b.isVisible() || !inside(sceneBounds(b), sceneRect(stage))) {
                        off.add(b);
                    }
                }
            }
            return off;
        });
        if (!hidden.isEmpty()) {
            Node overflow = fx(() -> bar.lookup(".tool-bar-overflow-button"));
            assertThat(overflow).as(bar.getId() + ": " + hidden.size() + " controls off screen and no overflow button").isNotNull();
            assertShownInWindow(bar.getId() + " overflow", overflow, stage);
        }
        assertThat(fx(() -> inside(sceneBounds(bar), sceneRect(stage)))).as(bar.getId() + " within the window").isTrue();
    }

    private static List<ButtonBase> buttonsIn(Node item) {
        List<ButtonBase> found = new ArrayList<>();
        if (item instanceof ButtonBase b) {
            found.add(b);
        } else if (item instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                found.addAll(buttonsIn(c));
            }
        }
        return found;
    }

    private static void assertShownInWindow(String what, Node n, Window w) throws Exception {
        assertThat(n).as(what + " exists").isNotNull();
        assertThat(fx(() -> n.getScene() != null && n.isVisible() && treeVisible(n))).as(what + " visible").isTrue();
        Bounds b = fx(() -> sceneBounds(n));
        Rectangle2D scene = fx(() -> sceneRect(w));
        assertThat(inside(b, scene)).as(what + " " + b + " within its window " + scene).isTrue();
    }

    private static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    /** What of the scene the window shows (a scene larger than its window is cut off). */
    private static Rectangle2D sceneRect(Window w) {
        return new Rectangle2D(0, 0, Math.min(w.getScene().getWidth(), w.getWidth()), Math.min(w.getScene().getHeight(), w.getHeight()));
    }

    private static boolean inside(Bounds b, Rectangle2D r) {
        return b.getMinX() >= r.getMinX() - SLACK && b.getMinY() >= r.getMinY() - SLACK
                && b.getMaxX() <= r.getMaxX() + SLACK && b.getMaxY() <= r.getMaxY() + SLACK;
    }

    private static Rectangle2D windowBounds(Window w) {
        return new Rectangle2D(w.getX(), w.getY(), w.getWidth(), w.getHeight());
    }

    private static void assertWithin(String what, Rectangle2D r, Rectangle2D bounds) {
        assertThat(r.getMinX() >= bounds.getMinX() - SLACK && r.getMinY() >= bounds.getMinY() - SLACK
                && r.getMaxX() <= bounds.getMaxX() + SLACK && r.getMaxY() <= bounds.getMaxY() + SLACK)
                .as(what + " " + r + " within the screen " + bounds).isTrue();
    }

    /** A labeled control whose text is not cut: no ellipsis in what it shows. */
    private static boolean fullyShown(Node control) {
        for (Node n : ((Parent) control).lookupAll(".text")) {
            // JavaFX ends a cut text with its ellipsis string, "..." unless set otherwise
            if (n instanceof javafx.scene.text.Text t && t.getText() != null && (t.getText().contains("…") || t.getText().contains("..."))) {
                return false;
            }
        }
        return true;
    }

    // --- helpers ---

    private static Node node(String query) throws Exception {
        return fx(() -> stage.getScene().lookup(query));
    }

    /** A lookup for code already on the FX thread. */
    private static Node onFx(String query) {
        return stage.getScene().lookup(query);
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private static void snapshot(String name, Window w) throws Exception {
        javafx.scene.image.WritableImage image = fx(() -> w.getScene().snapshot(null));
        PngFiles.write(image, screens.resolve(name + ".png"));
    }
}
