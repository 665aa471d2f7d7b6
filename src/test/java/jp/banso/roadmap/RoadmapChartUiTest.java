package jp.banso.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import jp.banso.ui.UiActions;
import jp.banso.ui.Msg;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.cases.NewCase;
import jp.banso.domain.OutcomeLevel;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.store.Store;
import jp.banso.ui.ChartScreens;
import jp.banso.ui.ChartView;
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
 * The roadmap's charts: the selected item's indicator over its progress entries against its target (its アウトカム
 * level in the title), following a new entry; and the 達成度 view, one bar per item that has one, 記録なし for the rest.
 */
@ExtendWith(ApplicationExtension.class)
class RoadmapChartUiTest {
    private static final String[] TITLES = {"通所Ｃの送迎体制を整える", "通いの場の担い手養成講座", "卒業生のボランティア登録",
        "介護予防の考え方を共有する研修", "地域ケア会議で事例を検討", "生活支援コーディネーターの配置", "住民向け説明会",
        "総合事業の事業費を見直す", "参加型ポイント事業の検討", "包括の相談記録を統一する"};

    @TempDir
    Path dataDir;

    private Store store;
    private Stage stage;
    private SupportCase supportCase;
    private RoadmapItem measured;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        java.util.Locale.setDefault(java.util.Locale.JAPAN);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        store = Store.open(dataDir);
        supportCase = new NewCase("栃木県", "さくら市", 2030, "老健局主導型", StartKind.ENTRY).create(store.cases());
        RoadmapModel model = new RoadmapModel(store.roadmaps(), store.boards(), supportCase.getId());
        List<RoadmapItem> items = new ArrayList<>();
        for (int i = 0; i < TITLES.length; i++) {
            items.add(model.addItem(TITLES[i], YearMonth.of(2030, 4 + i % 6)));
        }
        measured = model.editableCopy(items.get(1).getId());
        measured.setIndicatorLevel(OutcomeLevel.INTERMEDIATE);
        measured.setIndicatorName("担い手の登録者数");
        measured.setIndicatorTarget("30人");
        model.update(measured);
        model.addProgress(measured.getId(), LocalDate.of(2030, 6, 1), "12人", 40, "第1期の修了者", "包括");
        model.addProgress(measured.getId(), LocalDate.of(2030, 10, 1), "18人", 60, "", "包括");
        for (int i = 2; i < TITLES.length; i += 2) {
            model.addProgress(items.get(i).getId(), LocalDate.of(2030, 9, 1), "", 10 * i, "", "市");
        }
        MainWindow main = new MainWindow(store);
        Scene scene = new Scene(main, 1280, 720);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        main.openCase(supportCase.getId());
        main.workspace().show("roadmap");
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            UiActions.resetStageSize(stage); // the screenshots' sizes must not carry over to the next test class
            store.close();
        }).get(10, TimeUnit.SECONDS);
    }

    private static <T extends Node> List<T> all(FxRobot robot, String query, Class<T> type) {
        return UiWait.read(() -> new ArrayList<>(robot.lookup(query).queryAllAs(type)));
    }

    @Test
    void everyItemsAchievementBesideTheIndicatorOfTheItemClicked(FxRobot robot) throws Exception {
        javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) UiWait.read(
                () -> robot.lookup("#roadmap-page").query().lookup(".split-pane"));
        double before = UiWait.read(() -> split.getDividerPositions()[0]);
        robot.clickOn("#view-chart");
        ChartView achievements = UiWait.visible(robot, "#roadmap-achievements", ChartView.class);
        // the charts take most of the height, the details keep a strip
        assertThat(UiWait.read(() -> split.getDividerPositions()[0])).isCloseTo(RoadmapPage.CHARTS_DIVIDER, within(0.02)); // snapped to pixels
        // a bar for each of the five items that have a 達成度, 記録なし for the others
        assertThat(UiWait.read(() -> achievements.chart().categories())).containsExactly(TITLES);
        assertThat(all(robot, "#roadmap-achievements .plot-bar", Rectangle.class)).hasSize(5);
        assertThat(all(robot, "#roadmap-achievements .plot-no-value", Node.class)).hasSize(5);
        assertThat(UiWait.read(() -> achievements.chart().series().get(0).values().get(1))).isEqualTo(60.0);
        ChartView indicator = UiWait.visible(robot, "#roadmap-indicator-chart", ChartView.class);
        assertThat(UiWait.visible(robot, "#roadmap-indicator-chart .chart-note", Label.class).getText())
                .isEqualTo(Msg.t("roadmap.chart.pickItem"));

        // clicking the item's row opens it: its details below, its indicator against the target beside
        Text row = UiWait.until(robot, "#roadmap-achievements .plot-category", Text.class, "the measured item's row",
                t -> t.getText().equals(TITLES[1]) || t.getText().endsWith("…")
                        && TITLES[1].startsWith(t.getText().substring(0, t.getText().length() - 1))); // cut to fit half the page
        robot.clickOn(row);
        UiWait.until(robot, "#roadmap-indicator-chart", ChartView.class, "the item's indicator",
                c -> c.chart().title().contains("担い手の登録者数"));
        assertThat(UiWait.read(() -> indicator.chart().title())).isEqualTo("【中間アウトカム】担い手の登録者数（通いの場の担い手養成講座）");
        assertThat(UiWait.visible(robot, "#item-title", TextField.class).getText()).isEqualTo(TITLES[1]);
        assertThat(all(robot, "#roadmap-indicator-chart .plot-segment", Polyline.class)).singleElement()
                .satisfies(line -> assertThat(line.getPoints()).hasSize(4));
        assertThat(all(robot, "#roadmap-indicator-chart .plot-reference", Polyline.class)).singleElement()
                .satisfies(target -> assertThat(target.getStrokeDashArray()).isNotEmpty());

        // a third entry recorded: both charts follow
        RoadmapPage page = robot.lookup("#roadmap-page").queryAs(RoadmapPage.class);
        robot.interact(() -> page.model().addProgress(measured.getId(), LocalDate.of(2031, 2, 1), "25人", 80, "", "包括"));
        UiWait.until(robot, "#roadmap-indicator-chart .plot-segment", Polyline.class, "three points", l -> l.getPoints().size() == 6);
        assertThat(UiWait.read(() -> achievements.chart().series().get(0).values().get(1))).isEqualTo(80.0);
        ChartScreens.save(robot, stage, "roadmap-charts", () -> { });

        // back to the timeline: the details get their room back
        robot.clickOn("#view-timeline");
        UiWait.until(robot, "#roadmap-charts", Node.class, "hidden", n -> !n.isVisible());
        // (the screenshots left the window at 1024×768: the same share, not the same pixels)
        assertThat(UiWait.read(() -> split.getDividerPositions()[0])).isCloseTo(before, within(0.05));
        assertThat(robot.lookup("#roadmap-grouping").query().isVisible()).isTrue();
    }
}
