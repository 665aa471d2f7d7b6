package jp.banso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import jp.banso.cases.DemoCase;
import jp.banso.domain.CaseState;
import jp.banso.domain.Municipality;
import jp.banso.domain.PortfolioRow;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.chart.PrefectureCharts;
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
 * The prefecture's charts from the portfolio rows of 栃木県: the demo case alone (one 年度, one move, one stage), then
 * with five more towns over three 年度 — stacked states per 年度, the moves counted, the stages — each saved as a PNG.
 */
@ExtendWith(ApplicationExtension.class)
class PrefectureChartsPaneUiTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    private Store store;
    private Stage stage;
    private PrefectureChartsPane pane;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        store = Store.open(dir.resolve("data"));
        DemoCase.create(store);
        pane = new PrefectureChartsPane();
        Scene scene = new Scene(pane, 1280, 720);
        scene.getStylesheets().add(ChartView.class.getResource("/jp/banso/ui/banso.css").toExternalForm());
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

    private List<PortfolioRow> tochigi() {
        return store.portfolio().load(List.of("栃木県"), TODAY).rows();
    }

    private static <T extends Node> List<T> all(FxRobot robot, String query, Class<T> type) {
        return UiWait.read(() -> new ArrayList<>(robot.lookup(query).queryAllAs(type)));
    }

    /** A town supported from 2022 whose state moved through {@code states}, one a 年度. */
    private void town(String name, jp.banso.domain.Stage reached, CaseState... states) {
        SupportCase c = new SupportCase();
        c.setProgramme("老健局主導型");
        c.setStage(reached);
        store.cases().create(new Municipality("栃木県", name), c, List.of(2022, 2023, 2024));
        for (int i = 0; i < states.length; i++) {
            StateChange s = new StateChange();
            s.setCaseId(c.getId());
            s.setState(states[i]);
            s.setChangedOn(LocalDate.of(2022 + i, 11, 1));
            store.cases().save(s);
        }
    }

    @Test
    void theDemoAloneThenSixTownsOverThreeYears(FxRobot robot) throws Exception {
        robot.interact(() -> pane.show("栃木県", tochigi()));
        ChartView states = robot.lookup("#prefecture-states").queryAs(ChartView.class);
        assertThat(UiWait.read(() -> states.chart().title())).isEqualTo("栃木県　年度末の状態");
        assertThat(UiWait.read(() -> states.chart().categories())).containsExactly("令和4年度");
        assertThat(all(robot, "#prefecture-states .plot-bar", Rectangle.class)).singleElement()
                .satisfies(bar -> assertThat(bar.getUserData()).isEqualTo("MS2"));

        town("日光市", jp.banso.domain.Stage.CHECK, CaseState.ms, CaseState.mS, CaseState.MS2);
        town("小山市", jp.banso.domain.Stage.DO, CaseState.mS, CaseState.MS2);
        town("真岡市", jp.banso.domain.Stage.ISSUES, CaseState.ms, CaseState.ms, CaseState.mS);
        town("那須町", jp.banso.domain.Stage.MEASURES, CaseState.mS, CaseState.mS, CaseState.MS2);
        town("益子町", jp.banso.domain.Stage.ACT, CaseState.MS2, CaseState.MS1, CaseState.MS1);
        robot.interact(() -> pane.show("栃木県", tochigi()));
        assertThat(UiWait.read(() -> states.chart().categories())).containsExactly("令和4年度", "令和5年度", "令和6年度");
        // 令和6年度: every town counted once, in the state it ended the 年度 with
        assertThat(UiWait.read(() -> states.chart().series().stream().mapToDouble(s -> s.values().get(2)).sum())).isEqualTo(6.0);
        assertThat(all(robot, "#prefecture-states .plot-category", Text.class)).extracting(Text::getText)
                .containsExactly("令和4年度", "令和5年度", "令和6年度");
        assertThat(all(robot, "#prefecture-states .chart-key-entry", Node.class)).hasSize(CaseState.values().length);
        ChartScreens.save(robot, stage, "prefecture-states", () -> { });

        TabPane tabs = pane;
        robot.interact(() -> tabs.getSelectionModel().select(1));
        ChartView moves = UiWait.visible(robot, "#prefecture-transitions", ChartView.class);
        assertThat(UiWait.read(() -> moves.chart().categories())).containsExactly("ms → mS", "mS → MS2", "MS2 → MS1");
        assertThat(UiWait.read(() -> moves.chart().series().get(0).values())).containsExactly(2.0, 4.0, 1.0);
        ChartScreens.save(robot, stage, "prefecture-transitions", () -> { });

        robot.interact(() -> tabs.getSelectionModel().select(2));
        ChartView stages = UiWait.visible(robot, "#prefecture-stages", ChartView.class);
        assertThat(all(robot, "#prefecture-stages .plot-category", Text.class)).hasSize(jp.banso.domain.Stage.values().length);
        assertThat(UiWait.read(() -> stages.chart().note())).isNull();
        ChartScreens.save(robot, stage, "prefecture-stages", () -> { });

        // each chart to a slide-sized PNG
        for (ChartView chart : List.of(states, moves, stages)) {
            Path file = dir.resolve(chart.getId() + ".png");
            robot.interact(() -> chart.exportPng(file));
            BufferedImage image = ImageIO.read(file.toFile());
            assertThat(image.getWidth()).isEqualTo(ChartView.SLIDE_WIDTH);
            assertThat(image.getHeight()).isEqualTo(ChartView.SLIDE_HEIGHT);
            java.nio.file.Files.createDirectories(Path.of("target", "screens", "charts"));
            java.nio.file.Files.copy(file, Path.of("target", "screens", "charts", "export-" + chart.getId() + ".png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aPrefectureWithoutStatesShowsTheNotesOnly(FxRobot robot) {
        robot.interact(() -> pane.show("群馬県", store.portfolio().load(List.of("群馬県"), TODAY).rows()));
        assertThat(UiWait.visible(robot, "#prefecture-states .chart-note", Label.class).getText()).isEqualTo(PrefectureCharts.NO_STATE);
        assertThat(robot.lookup("#prefecture-states .chart-plot").tryQuery()).isEmpty();
        assertThat(UiWait.read(() -> robot.lookup("#prefecture-stages").queryAs(ChartView.class).chart().note()))
                .isEqualTo(PrefectureCharts.NO_STAGE);
    }
}
