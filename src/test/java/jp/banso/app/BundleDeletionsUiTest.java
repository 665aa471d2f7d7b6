package jp.banso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import jp.banso.board.BoardModel;
import jp.banso.bundle.BundleExport;
import jp.banso.bundle.BundleImport;
import jp.banso.bundle.ImportPlan;
import jp.banso.bundle.ui.BundleMenu;
import jp.banso.cases.DemoCase;
import jp.banso.domain.ActionItem;
import jp.banso.domain.SupportCase;
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
 * ケースを取り込む… with a file that carries deletions: the plan's table has a 削除 column with the rows it deletes
 * here, and the result says them.
 */
@ExtendWith(ApplicationExtension.class)
class BundleDeletionsUiTest {
    @TempDir
    static Path dir;

    private Store store;
    private Path withDeletions;
    private UUID deletedTask;

    /** Laptop A's case, imported here; then A deletes a 宿題 and a note and writes the file this test imports. */
    @Start
    void start(Stage stage) {
        BansoApp.applyTheme();
        store = Store.open(dir.resolve("data"));
        Path first = dir.resolve("first.banso");
        withDeletions = dir.resolve("deletions.banso");
        try (Store a = Store.open(dir.resolve("laptop-a"))) {
            SupportCase demo = DemoCase.create(a);
            BundleExport.export(a, List.of(demo.getId()), first, s -> { });
            BundleImport.apply(store, BundleImport.plan(store, BundleImport.read(store, first), ImportPlan.Prefer.NEWER), s -> { });
            ActionItem task = a.meetings().openActionItems(demo.getId()).get(0);
            deletedTask = task.getId();
            a.meetings().deleteActionItem(deletedTask);
            UUID board = a.boards().boards(demo.getId()).get(0).getId();
            new BoardModel(a.boards(), board).delete(List.of(a.boards().notes(board).get(0).getId()));
            BundleExport.export(a, List.of(demo.getId()), withDeletions, s -> { });
        }
        Scene scene = new Scene(new MainWindow(store), 1400, 900);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void close() throws Exception {
        BundleMenu.useChooser(null);
        WaitForAsyncUtils.asyncFx(store::close).get(10, TimeUnit.SECONDS);
    }

    @Test
    void thePlanShowsTheDeletionsAndTheImportMakesThem(FxRobot robot) {
        BundleMenu.useChooser(owner -> withDeletions);
        robot.clickOn("ファイル");
        robot.clickOn("ケースを取り込む…");
        String shown = UiWait.first(robot, "#bundle-import-counts", "#bundle-import-status.field-error");
        assertThat(shown).as(() -> UiWait.read(UiWait::screen)).isEqualTo("#bundle-import-counts");
        GridPane counts = robot.lookup("#bundle-import-counts").queryAs(GridPane.class);
        assertThat(UiWait.read(() -> cellRightOf(counts, "種類", 4))).isEqualTo("削除");
        assertThat(UiWait.read(() -> cellRightOf(counts, "宿題", 4))).isEqualTo("1");
        assertThat(UiWait.read(() -> cellRightOf(counts, "付箋", 4))).isEqualTo("1");
        assertThat(UiWait.read(() -> cellRightOf(counts, "合計", 4))).isNotEqualTo("0");

        robot.clickOn("#bundle-import-run");
        Label result = UiWait.until(robot, "#bundle-import-status", Label.class, "starting with 追加",
                l -> l.getText() != null && l.getText().startsWith("追加"));
        assertThat(result.getText()).contains("宿題 削除1", "付箋 削除1");
        int left = store.jdbi().withHandle(h -> h.createQuery("select count(*) from action_item where id = :id")
                .bind("id", deletedTask).mapTo(Integer.class).one());
        assertThat(left).isZero();
        robot.clickOn("閉じる");
    }

    /** The text of the grid's cell {@code columns} to the right of the (first) label with this text. */
    private static String cellRightOf(GridPane g, String text, int columns) {
        Node label = g.getChildren().stream().filter(n -> n instanceof Label l && text.equals(l.getText())).findFirst().orElseThrow();
        int row = GridPane.getRowIndex(label);
        int column = GridPane.getColumnIndex(label) + columns;
        return g.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) == row && GridPane.getColumnIndex(n) == column)
                .map(n -> ((Label) n).getText()).findFirst().orElseThrow();
    }
}
