package jp.banso.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.stage.Stage;
import jp.banso.app.MainWindow;
import jp.banso.domain.Municipality;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.domain.chart.ProfileCharts;
import jp.banso.store.Store;
import jp.banso.ui.ChartScreens;
import jp.banso.ui.ChartView;
import jp.banso.ui.PendingEdits;
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
 * The profile's 推移: the demo case's one snapshot says the chart needs another 年度; a second 基準日 in a later 年度
 * makes a line of two points; comparing with another town on this laptop adds its line, in the next colour.
 */
@ExtendWith(ApplicationExtension.class)
class ProfileChartUiTest {
    @TempDir
    Path dataDir;

    private Store store;
    private Stage stage;
    private SupportCase demo;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        java.util.Locale.setDefault(java.util.Locale.JAPAN);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        store = Store.open(dataDir);
        demo = DemoCase.create(store);
        // another town with figures for two 年度, to compare with
        SupportCase other = new NewCase("栃木県", "那須烏山市", 2022, "老健局主導型", StartKind.ENTRY).create(store.cases());
        snapshot(other.getMunicipalityId(), LocalDate.of(2022, 10, 1), 25_000, 9_200);
        snapshot(other.getMunicipalityId(), LocalDate.of(2023, 10, 1), 24_400, 9_300);
        MainWindow main = new MainWindow(store);
        Scene scene = new Scene(main, 1280, 720);
        MainWindow.style(scene);
        stage.setScene(scene);
        stage.show();
        main.openCase(demo.getId());
    }

    private void snapshot(java.util.UUID municipalityId, LocalDate asOf, int population, int elderly) {
        ProfileSnapshot s = new ProfileSnapshot();
        s.setMunicipalityId(municipalityId);
        s.setAsOf(asOf);
        s.setPopulation(population);
        s.setElderlyPopulation(elderly);
        store.cases().save(s);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            PendingEdits.flushAll();
            UiActions.resetStageSize(stage); // the screenshots' sizes must not carry over to the next test class
            store.close();
        }).get(10, TimeUnit.SECONDS);
    }

    private static <T extends Node> List<T> all(FxRobot robot, String query, Class<T> type) {
        return UiWait.read(() -> new ArrayList<>(robot.lookup(query).queryAllAs(type)));
    }

    @Test
    void oneSnapshotSaysSoASecondYearDrawsALineAndAnotherTownAddsItsOwn(FxRobot robot) throws Exception {
        robot.clickOn("#nav-profile");
        ChartView chart = UiWait.visible(robot, "#profile-chart", ChartView.class);
        Label note = UiWait.visible(robot, "#profile-chart .chart-note", Label.class);
        assertThat(note.getText()).isEqualTo(ProfileCharts.ONE_SNAPSHOT);
        assertThat(all(robot, "#profile-chart .plot-marker", Circle.class)).hasSize(1);
        assertThat(UiWait.read(() -> chart.chart().title())).isEqualTo("人口の推移（さくら市）");

        // a second 基準日, moved to the next 年度 and its population typed: two points, one line, no note
        robot.interact(() -> robot.lookup("#add-snapshot").queryAs(Button.class).fire());
        UiActions.typeInto(robot, "#asOf", "令和5年10月1日");
        UiActions.typeInto(robot, "#population", "43500");
        robot.interact(PendingEdits::flushAll);
        UiWait.until(robot, "#profile-chart .plot-segment", Polyline.class, "one line of two points", s -> s.getPoints().size() == 4);
        assertThat(all(robot, "#profile-chart .plot-marker", Circle.class)).hasSize(2);
        assertThat(UiWait.read(note::isVisible)).isFalse();
        assertThat(UiWait.read(() -> chart.chart().categories())).containsExactly("令和4年度", "令和5年度");
        assertThat(UiWait.read(() -> chart.chart().series().get(0).values())).containsExactly(43_878.0, 43_500.0);

        // 高齢化率, compared with 那須烏山市: one line per town
        ComboBox<?> metric = robot.lookup("#profile-chart-metric").queryAs(ComboBox.class);
        robot.interact(() -> ((ComboBox<ProfileCharts.Metric>) (ComboBox<?>) metric).setValue(ProfileCharts.Metric.AGING_RATE));
        @SuppressWarnings("unchecked")
        CheckComboBox<Municipality> compare = robot.lookup("#profile-chart-compare").queryAs(CheckComboBox.class);
        assertThat(UiWait.read(() -> compare.getItems().stream().map(Municipality::getName).toList())).containsExactly("那須烏山市");
        robot.interact(() -> compare.getCheckModel().check(0));
        UiWait.until(robot, "#profile-chart", ChartView.class, "two towns", c -> c.chart().series().size() == 2);
        List<Polyline> lines = all(robot, "#profile-chart .plot-segment", Polyline.class);
        assertThat(lines).extracting(Polyline::getUserData).containsExactly("さくら市", "那須烏山市");
        assertThat(lines.get(0).getStroke()).isNotEqualTo(lines.get(1).getStroke());
        assertThat(UiWait.read(() -> chart.chart().title())).isEqualTo("高齢化率の推移");
        assertThat(all(robot, "#profile-chart .chart-key-entry", Node.class)).hasSize(2);

        // the section from its choosers down, as a user scrolls to it
        ScrollPane page = robot.lookup("#profile-page").queryAs(ScrollPane.class);
        Node metricBox = robot.lookup("#profile-chart-metric").query();
        ChartScreens.save(robot, stage, "profile-compare", () -> {
            page.applyCss();
            page.layout();
            double y = page.getContent().sceneToLocal(metricBox.localToScene(0, 0)).getY() - 60;
            double scrollable = page.getContent().getLayoutBounds().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(Math.max(0, Math.min(1, y / scrollable)));
        });
    }
}
