package jp.banso.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import jp.banso.cases.DemoCase;
import jp.banso.domain.CaseState;
import jp.banso.domain.Portfolio;
import jp.banso.domain.PortfolioRow;
import jp.banso.store.BenchData;
import jp.banso.store.Store;
import jp.banso.ui.PngFiles;
import jp.banso.ui.UiActions;
import jp.banso.ui.UiWait;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 市町村一覧 as a prefecture meets it, with the demo case and 200 generated cases on real towns, at 1024×768: every
 * town of 栃木県 (supported or not), a second prefecture, 要フォロー only with its count line, search by name and by
 * 団体コード, sorting by 状態, さくら市's case opened by a double-click and back to the list, and a new case started on
 * a town never supported. Screenshots of the page (栃木県; 栃木県 and 群馬県; every prefecture's supported towns) at
 * 1024×768 and 1280×720 go to target/screens/portfolio/ (docs/screenshots/portfolio/ holds them).
 */
@ExtendWith(ApplicationExtension.class)
class PortfolioUiTest {
    private static final Clock DEC_2026 = Clock.fixed(Instant.parse("2026-12-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
    private static final LocalDate TODAY = LocalDate.now(DEC_2026);

    @TempDir
    Path dataDir;
    private Store store;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        BansoApp.applyTheme();
        store = Store.open(dataDir);
        DemoCase.create(store);
        BenchData.fillPortfolio(store, 200, TODAY, 16);
        Scene scene = new Scene(new MainWindow(store, DEC_2026), 1024, 768);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            UiActions.resetStageSize(stage); // the screenshots' sizes must not carry over to the next test class
            store.close();
        }).get(10, TimeUnit.SECONDS);
    }

    @SuppressWarnings("unchecked")
    private static TableView<PortfolioRow> table(FxRobot robot) {
        return robot.lookup("#portfolio-table").queryAs(TableView.class);
    }

    private static List<PortfolioRow> shown(FxRobot robot) {
        return UiWait.read(() -> List.copyOf(table(robot).getItems()));
    }

    /** Waits until the table shows {@code rows} towns of exactly these prefectures. */
    private static void awaitRows(FxRobot robot, int rows, String... prefectures) {
        UiWait.until(robot, "#portfolio-table", TableView.class, rows + " rows of " + String.join("・", prefectures), t -> {
            List<?> items = t.getItems();
            return items.size() == rows && items.stream().map(r -> ((PortfolioRow) r).prefecture()).distinct().sorted().toList()
                    .equals(List.of(prefectures).stream().sorted().toList());
        });
    }

    @SuppressWarnings("unchecked")
    private static void choosePrefectures(FxRobot robot, String... prefectures) {
        // the check model behind the drop-down's check boxes (its popup list of 47 would need scrolling)
        robot.interact(() -> {
            CheckComboBox<String> box = robot.lookup("#portfolio-prefectures").queryAs(CheckComboBox.class);
            box.getCheckModel().clearChecks();
            for (String p : prefectures) {
                box.getCheckModel().check(p);
            }
        });
    }

    private static String count(FxRobot robot) {
        return UiWait.read(() -> robot.lookup("#portfolio-count").queryAs(Label.class).getText());
    }

    @Test
    void aPrefecturesTownsFilteredSearchedSortedAndACaseOpened(FxRobot robot) throws Exception {
        robot.clickOn("#show-portfolio");
        UiWait.until(robot, "#portfolio-table", TableView.class, "rows read", t -> !t.getItems().isEmpty());

        choosePrefectures(robot, "栃木県");
        awaitRows(robot, 25, "栃木県");
        Portfolio tochigi = store.portfolio().load(List.of("栃木県"), TODAY);
        assertThat(shown(robot)).extracting(PortfolioRow::code).isEqualTo(tochigi.rows().stream().map(PortfolioRow::code).toList());
        assertThat(shown(robot)).anyMatch(r -> !r.supported()).anyMatch(r -> r.municipality().equals("さくら市") && r.supported());
        assertThat(count(robot)).isEqualTo("25市町村中 支援 " + tochigi.supportedCount() + "・要フォロー " + tochigi.followUpCount());
        snapshots(robot, "portfolio-tochigi");

        choosePrefectures(robot, "栃木県", "群馬県");
        awaitRows(robot, 60, "栃木県", "群馬県");
        Portfolio both = store.portfolio().load(List.of("栃木県", "群馬県"), TODAY);
        assertThat(UiWait.read(() -> column(robot, "prefecture").isVisible())).as("都道府県 shown for two").isTrue();
        assertThat(both.followUpCount()).isPositive();
        snapshots(robot, "portfolio-two-prefectures");

        robot.clickOn("#portfolio-follow-up");
        UiWait.until(robot, "#portfolio-table", TableView.class, "要フォロー only",
                t -> t.getItems().size() == both.followUpCount());
        assertThat(shown(robot)).allMatch(PortfolioRow::needsFollowUp)
                .extracting(PortfolioRow::code).containsExactlyElementsOf(both.rows().stream().filter(PortfolioRow::needsFollowUp)
                        .map(PortfolioRow::code).toList());
        assertThat(count(robot)).isEqualTo("60市町村中 支援 " + both.supportedCount() + "・要フォロー " + both.followUpCount()
                + "（表示 " + both.followUpCount() + "）");
        robot.clickOn("#portfolio-follow-up");
        awaitRows(robot, 60, "栃木県", "群馬県");

        UiActions.typeInto(robot, "#portfolio-search", "さくら");
        assertThat(shown(robot)).extracting(PortfolioRow::municipality).containsExactly("さくら市");
        UiActions.typeInto(robot, "#portfolio-search", "102075"); // 館林市's 団体コード
        assertThat(shown(robot)).extracting(PortfolioRow::municipality).containsExactly("館林市");
        UiActions.typeInto(robot, "#portfolio-search", " ");
        robot.type(KeyCode.BACK_SPACE);
        awaitRows(robot, 60, "栃木県", "群馬県");

        robot.clickOn(stateHeader(robot));
        Comparator<PortfolioRow> byState = Comparator.comparing(PortfolioRow::state, Comparator.nullsFirst(Comparator.naturalOrder()));
        assertThat(shown(robot)).isSortedAccordingTo(byState);
        assertThat(shown(robot).get(shown(robot).size() - 1).state()).isNotNull();
        robot.clickOn(stateHeader(robot)); // descending: the highest states first
        assertThat(shown(robot)).isSortedAccordingTo(byState.reversed());
        assertThat(shown(robot).get(0).state()).isIn(CaseState.MS1, CaseState.MS2);

        // every prefecture's supported towns, highest state first: the page with much to show
        choosePrefectures(robot, jp.banso.domain.MunicipalityMaster.get().prefectures().toArray(String[]::new));
        chooseCoverage(robot, "支援した市町村");
        Portfolio japan = store.portfolio().load(jp.banso.domain.MunicipalityMaster.get().prefectures(), TODAY);
        UiWait.until(robot, "#portfolio-table", TableView.class, "the supported towns of Japan",
                t -> t.getItems().size() == japan.supportedCount());
        assertThat(japan.rows()).hasSize(1741);
        assertThat(count(robot)).isEqualTo(String.format("1,741市町村中 支援 %d・要フォロー %d（表示 %d）", japan.supportedCount(),
                japan.followUpCount(), japan.supportedCount()));
        snapshots(robot, "portfolio-supported");
        chooseCoverage(robot, "すべての市町村");
        choosePrefectures(robot, "栃木県", "群馬県");
        awaitRows(robot, 60, "栃木県", "群馬県");

        UiActions.typeInto(robot, "#portfolio-search", "さくら市");
        Node sakura = UiWait.until(robot, ".table-row-cell", TableRow.class, "さくら市's row",
                r -> r.getItem() != null && "さくら市".equals(((PortfolioRow) r.getItem()).municipality()));
        robot.doubleClickOn(sakura);
        UiWait.until(robot, "#case-title", Label.class, "さくら市's case", l -> l.getText().contains("さくら市"));

        robot.clickOn("#back-to-list"); // back to the list it came from, its filters kept
        UiWait.until(robot, "#portfolio-table", TableView.class, "the portfolio again",
                t -> t.getItems().size() == 1 && "さくら市".equals(((PortfolioRow) t.getItems().get(0)).municipality()));
        assertThat(UiWait.read(() -> robot.lookup("#portfolio-search").queryAs(TextField.class).getText())).isEqualTo("さくら市");
        robot.clickOn(".table-row-cell").type(KeyCode.ENTER); // Enter opens it too
        UiWait.until(robot, "#case-title", Label.class, "さくら市's case by Enter", l -> l.getText().contains("さくら市"));
    }

    @Test
    void theFollowUpTownsAsChartsAndAsTheExcelHandout(FxRobot robot) throws Exception {
        List<Path> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        jp.banso.ui.FolderOpener.use(opened::add);
        robot.clickOn("#show-portfolio");
        UiWait.until(robot, "#portfolio-table", TableView.class, "rows read", t -> !t.getItems().isEmpty());
        choosePrefectures(robot, "栃木県");
        awaitRows(robot, 25, "栃木県");
        robot.clickOn("#portfolio-follow-up");
        Portfolio tochigi = store.portfolio().load(List.of("栃木県"), TODAY);
        List<PortfolioRow> followUp = tochigi.rows().stream().filter(PortfolioRow::needsFollowUp).toList();
        UiWait.until(robot, "#portfolio-table", TableView.class, "要フォロー only", t -> t.getItems().size() == followUp.size());

        // グラフ: the charts of the rows shown (the stages reached by the 要フォロー towns), the table out of the way
        robot.clickOn("#portfolio-view-charts");
        UiWait.visible(robot, "#portfolio-charts", javafx.scene.control.TabPane.class);
        assertThat(UiWait.read(() -> robot.lookup("#portfolio-table").query().isVisible())).isFalse();
        assertThat(UiWait.read(() -> robot.lookup("#portfolio-charts").queryAs(javafx.scene.control.TabPane.class).getTabs().size())).isEqualTo(3);
        snapshots(robot, "portfolio-charts");
        robot.clickOn("#portfolio-view-table");
        UiWait.visible(robot, "#portfolio-table", TableView.class);

        // Excel: what is shown, as the 市町村一覧 with its データ sheet
        robot.clickOn("#portfolio-export");
        TextField folder = UiWait.visible(robot, "#portfolio-export-folder", TextField.class);
        Path out = dataDir.resolve("一覧");
        robot.clickOn(folder);
        robot.interact(folder::selectAll);
        robot.write(out.toString());
        robot.clickOn("#portfolio-export-run");
        Label status = UiWait.until(robot, "#portfolio-export-status", Label.class, "written or failed",
                l -> l.getText() != null && (l.getText().contains("件のファイルを出力しました") || l.getStyleClass().contains("field-error")), 60);
        assertThat(status.getStyleClass()).as(status.getText()).doesNotContain("field-error");
        Path file = out.resolve("令和8年度_栃木県_市町村一覧.xlsx");
        assertThat(file).exists();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(java.nio.file.Files.newInputStream(file))) {
            var data = wb.getSheet("データ");
            assertThat(data.getLastRowNum()).isEqualTo(followUp.size()); // a header row, then one row per town shown
        }
        assertThat(opened).containsExactly(out.toAbsolutePath());
        robot.clickOn("#portfolio-export-close");
    }

    @Test
    void aTownNeverSupportedOffersANewCaseWithTheTownChosen(FxRobot robot) {
        robot.clickOn("#show-portfolio");
        UiWait.until(robot, "#portfolio-table", TableView.class, "rows read", t -> !t.getItems().isEmpty());
        choosePrefectures(robot, "栃木県");
        awaitRows(robot, 25, "栃木県");
        PortfolioRow gap = shown(robot).stream().filter(r -> !r.supported()).findFirst().orElseThrow();
        UiActions.typeInto(robot, "#portfolio-search", gap.code());
        Node row = UiWait.until(robot, ".table-row-cell", TableRow.class, gap.municipality() + "'s row",
                r -> r.getItem() != null && gap.code().equals(((PortfolioRow) r.getItem()).code()));
        robot.doubleClickOn(row); // never supported: nothing to open
        assertThat(UiWait.read(() -> robot.lookup("#case-title").tryQuery().isEmpty())).isTrue();
        requestMenu(robot, row);
        robot.clickOn("この市町村で新しいケース…");
        TextField name = UiWait.visible(robot, "#new-municipality", TextField.class);
        assertThat(UiWait.read(() -> name.getText())).isEqualTo(gap.municipality() + "（栃木県）");
        robot.clickOn("#new-case-create");
        UiWait.until(robot, "#case-title", Label.class, "the new case", l -> l.getText().contains(gap.municipality()));
        assertThat(store.portfolio().load(List.of("栃木県"), TODAY).rows().stream()
                .filter(r -> gap.code().equals(r.code())).findFirst().orElseThrow().supported()).isTrue();
    }

    private static void chooseCoverage(FxRobot robot, String label) {
        robot.clickOn("#portfolio-coverage");
        robot.clickOn(robot.lookup(".list-cell").lookup((javafx.scene.control.Labeled l) -> label.equals(l.getText())).queryLabeled());
    }

    /**
     * A right click, as the desktop reports it: Monocle does not turn the button into a context-menu request as
     * Windows, macOS and GTK do, so the request is sent as they would send it, at the row's centre.
     */
    private static void requestMenu(FxRobot robot, Node row) {
        robot.interact(() -> {
            javafx.geometry.Bounds b = row.localToScreen(row.getBoundsInLocal());
            javafx.geometry.Bounds local = row.getBoundsInLocal();
            row.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getCenterX(), local.getCenterY(), b.getCenterX(), b.getCenterY(), false, null));
        });
    }

    private static TableColumn<PortfolioRow, ?> column(FxRobot robot, String name) {
        return table(robot).getColumns().stream().filter(c -> ("portfolio-col-" + name).equals(c.getId())).findFirst().orElseThrow();
    }

    private static Node stateHeader(FxRobot robot) {
        TableColumn<?, ?> state = UiWait.read(() -> column(robot, "state"));
        return UiWait.until(robot, ".column-header", Node.class, "the 状態 header",
                h -> h instanceof javafx.scene.control.skin.TableColumnHeader th && th.getTableColumn() == state);
    }

    /** The page at 1024×768 (as the test runs) and at 1280×720, as target/screens/portfolio/{name}-{size}.png. */
    private void snapshots(FxRobot robot, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screens", "portfolio"));
        for (int[] size : new int[][] {{1024, 768}, {1280, 720}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            UiWait.until(robot, "#main-window", Node.class, "laid out at " + size[0],
                    n -> Math.abs(n.getScene().getWidth() - size[0]) < 1);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
            PngFiles.write(image, dir.resolve(name + "-" + size[0] + "x" + size[1] + ".png"));
        }
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
    }
}
