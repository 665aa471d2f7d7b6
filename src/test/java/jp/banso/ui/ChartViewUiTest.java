package jp.banso.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polyline;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.chart.Chart;
import jp.banso.domain.chart.Palette;
import jp.banso.domain.chart.ProfileCharts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The chart view on screen as a projector needs it: a missing value leaves the line broken (two segments, not one line
 * bridged across, not a drop to zero), a target grey and dashed without markers, large type, the note for one or no
 * 年度, a hundred long 取組 names as rows each readable, and the PNG at the size asked for, read back.
 */
@ExtendWith(ApplicationExtension.class)
class ChartViewUiTest {
    private static final List<String> YEARS = List.of("令和3年度", "令和4年度", "令和5年度", "令和6年度", "令和7年度");

    @TempDir
    Path dir;

    private ChartView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        view = new ChartView();
        Scene scene = new Scene(view, 900, 600);
        scene.getStylesheets().add(ChartView.class.getResource("/jp/banso/ui/banso.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private static <T extends Node> List<T> all(FxRobot robot, String query, Class<T> type) {
        return UiWait.read(() -> new ArrayList<>(robot.lookup(query).queryAllAs(type)));
    }

    private void show(FxRobot robot, Chart chart) {
        robot.interact(() -> view.show(chart));
        UiWait.until(robot, ".chart-heading", Label.class, "shows " + chart.title(), l -> l.getText().equals(chart.title()));
    }

    private static Chart gapChart() {
        return new Chart("参加者数の推移", Chart.Kind.LINE, "年度", "人", YEARS, List.of(
                new Chart.Series("実績", java.util.Arrays.asList(12.0, 18.0, null, 25.0, 31.0)),
                new Chart.Series("目標（30人）", Collections.nCopies(5, 30.0), true)), null);
    }

    @org.junit.jupiter.api.AfterEach
    void putTheStageBack() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> UiActions.resetStageSize(stage)).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void aMissingValueBreaksTheLineAndTheTargetIsGreyDashedWithoutMarkers(FxRobot robot) {
        show(robot, gapChart());
        List<Polyline> segments = all(robot, ".plot-segment", Polyline.class);
        assertThat(segments).hasSize(2).allSatisfy(s -> {
            assertThat(s.getUserData()).isEqualTo("実績");
            assertThat(s.getPoints()).hasSize(4); // two points each: 令和3–4年度, then 令和6–7年度
            assertThat(s.getStroke()).isEqualTo(Color.web("#" + Palette.colour(0)));
            assertThat(s.getStrokeWidth()).isGreaterThanOrEqualTo(3);
        });
        // the first segment ends at 令和4年度, the second starts at 令和6年度: nothing is drawn over 令和5年度
        assertThat(segments.get(0).getPoints().get(2)).isLessThan(segments.get(1).getPoints().get(0));
        List<Circle> markers = all(robot, ".plot-marker", Circle.class);
        assertThat(markers).hasSize(4).allSatisfy(m -> {
            assertThat(m.getUserData()).isEqualTo("実績");
            assertThat(m.getRadius()).isGreaterThanOrEqualTo(6);
        });
        List<Polyline> target = all(robot, ".plot-reference", Polyline.class);
        assertThat(target).hasSize(1);
        assertThat(target.get(0).getStrokeDashArray()).isNotEmpty();
        assertThat(target.get(0).getStroke()).isEqualTo(Color.web("#" + Palette.REFERENCE));
        // the legend names both, and the note is not shown for a chart that needs none
        assertThat(all(robot, ".chart-key-entry", Node.class)).hasSize(2);
        assertThat(UiWait.read(() -> robot.lookup(".chart-note").queryAs(Label.class).isVisible())).isFalse();
    }

    @Test
    void typeIsLargeEnoughForAProjector(FxRobot robot) {
        show(robot, gapChart());
        Label title = robot.lookup(".chart-heading").queryAs(Label.class);
        assertThat(UiWait.read(() -> title.getFont().getSize())).isGreaterThanOrEqualTo(20);
        List<Text> labels = new ArrayList<>(all(robot, ".plot-tick", Text.class));
        labels.addAll(all(robot, ".plot-category", Text.class));
        assertThat(labels).hasSizeGreaterThan(5).allSatisfy(t -> assertThat(t.getFont().getSize()).isGreaterThanOrEqualTo(16));
        // 和暦 年度 fit side by side: every one is shown, none turned
        assertThat(all(robot, ".plot-category", Text.class)).extracting(Text::getText).containsExactlyElementsOf(YEARS);
    }

    @Test
    void oneOrNoSnapshotShowsTheNoteAndNoEmptyAxes(FxRobot robot) {
        ProfileSnapshot one = new ProfileSnapshot();
        one.setAsOf(LocalDate.of(2024, 10, 1));
        one.setPopulation(43_878);
        show(robot, ProfileCharts.of("さくら市", List.of(one), ProfileCharts.Metric.POPULATION));
        Label note = UiWait.visible(robot, ".chart-note", Label.class);
        assertThat(note.getText()).isEqualTo(ProfileCharts.ONE_SNAPSHOT);
        assertThat(all(robot, ".plot-marker", Circle.class)).hasSize(1);
        assertThat(all(robot, ".plot-segment", Polyline.class)).isEmpty();

        show(robot, ProfileCharts.of("さくら市", List.of(), ProfileCharts.Metric.POPULATION));
        assertThat(UiWait.visible(robot, ".chart-note", Label.class).getText()).isEqualTo(ProfileCharts.NO_SNAPSHOT);
        assertThat(robot.lookup(".chart-plot").tryQuery()).isEmpty();
        assertThat(UiWait.read(() -> robot.lookup(".chart-export").query().isVisible())).isFalse();
    }

    @Test
    void aHundredLongItemNamesLieAsRowsEachReadable(FxRobot robot) throws Exception {
        List<String> names = IntStream.rangeClosed(1, 100)
                .mapToObj(i -> i + ". 通いの場の担い手を地域ごとに育てるための研修と交流会の企画" + (i % 3 == 0 ? "（第2期）" : "")).toList();
        List<Double> values = IntStream.rangeClosed(1, 100).mapToObj(i -> i % 7 == 0 ? null : (double) (i % 11) * 10).toList();
        java.util.function.Function<List<Double>, Chart> chart = v -> new Chart("取組ごとの達成度", Chart.Kind.BAR, "取組",
                "達成度（%）", names, List.of(new Chart.Series("達成度", v)), null);
        show(robot, chart.apply(values));
        ChartPlot plot = robot.lookup(".chart-plot").queryAs(ChartPlot.class);
        assertThat(plot.rows()).isTrue();
        List<Text> labels = all(robot, ".plot-category", Text.class);
        assertThat(labels).hasSize(100);
        for (int i = 0; i < 100; i++) {
            Text t = labels.get(i);
            if (!t.getText().equals(names.get(i))) {
                // cut to fit, the whole name in its tooltip
                assertThat(t.getText()).endsWith("…");
                assertThat(names.get(i)).startsWith(t.getText().substring(0, t.getText().length() - 1));
            }
        }
        // one row each, top to bottom, never overlapping
        List<javafx.geometry.Bounds> rows = UiWait.read(() -> labels.stream().map(Node::getBoundsInParent)
                .sorted(Comparator.comparingDouble(javafx.geometry.Bounds::getMinY)).toList());
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).getMinY()).isGreaterThanOrEqualTo(rows.get(i - 1).getMaxY());
        }
        // the plot is as tall as its rows need; the scroll pane reaches the last one
        assertThat(UiWait.read(plot::getHeight)).isGreaterThanOrEqualTo(100 * ChartPlot.ROW);
        ScrollPane scroll = robot.lookup(".chart-scroll").queryAs(ScrollPane.class);
        robot.interact(() -> scroll.setVvalue(1));
        Text last = labels.get(99);
        assertThat(UiWait.read(() -> scroll.localToScene(scroll.getLayoutBounds()).contains(
                last.localToScene(last.getLayoutBounds().getCenterX(), last.getLayoutBounds().getCenterY())))).isTrue();
        // the items without 達成度 say so instead of a zero bar
        assertThat(all(robot, ".plot-bar", Node.class)).hasSize((int) values.stream().filter(v -> v != null).count());
        assertThat(all(robot, ".plot-no-value", Text.class)).hasSize(14);
        List<Text> cut = labels.stream().filter(t -> t.getText().endsWith("…")).toList();
        assertThat(cut).isNotEmpty().allSatisfy(t -> assertThat(t.getProperties()).containsKey("javafx.scene.control.Tooltip"));
        // the page redraws after an edit (one 達成度 changed): the rows stay where the user scrolled them
        List<Double> edited = new ArrayList<>(values);
        edited.set(0, 50.0);
        robot.interact(() -> view.show(chart.apply(edited)));
        UiWait.until(robot, ".plot-value", Text.class, "the new value", t -> t.getText().equals("50"));
        assertThat(UiWait.read(scroll::getVvalue)).isEqualTo(1.0);
        ChartScreens.save(robot, stage, "hundred-items", () -> scroll.setVvalue(0.5));
    }

    @Test
    void theValueAxisIsRoundCountsStepByWholeNumbersAndLinesFollowTheirValues() {
        Chart counts = new Chart("段階", Chart.Kind.BAR, "段階", "市町村数", List.of("1", "2", "3"),
                List.of(new Chart.Series("市町村数", List.of(0.0, 2.0, 1.0))), null);
        assertThat(ChartPlot.Scale.of(counts).ticks()).containsExactly(0.0, 1.0, 2.0);
        Chart rates = new Chart("高齢化率", Chart.Kind.LINE, "年度", "%", List.of("令和4年度", "令和5年度"),
                List.of(new Chart.Series("さくら市", List.of(27.1, 27.3)), new Chart.Series("那須烏山市", List.of(36.8, 38.1))), null);
        ChartPlot.Scale r = ChartPlot.Scale.of(rates);
        assertThat(r.lo()).isGreaterThan(20).isLessThanOrEqualTo(27.1);
        assertThat(r.hi()).isGreaterThanOrEqualTo(38.1).isLessThan(45);
        Chart small = new Chart("認定率", Chart.Kind.LINE, "年度", "%", List.of("令和4年度", "令和5年度"),
                List.of(new Chart.Series("さくら市", List.of(15.2, 15.35))), null);
        ChartPlot.Scale s = ChartPlot.Scale.of(small);
        assertThat(s.ticks().stream().map(s::format).toList()).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t).contains("."));
        assertThat(ChartPlot.format(45_000)).isEqualTo("45,000");
        assertThat(ChartPlot.format(31.25)).isEqualTo("31.3");
    }

    @Test
    void pngIsWrittenAtTheRequestedSizeAndReadBack(FxRobot robot) throws Exception {
        show(robot, gapChart());
        Path file = dir.resolve("参加者数.png");
        robot.interact(() -> {
            try {
                ChartView.writePng(gapChart(), file, 1600, 900);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1600);
        assertThat(image.getHeight()).isEqualTo(900);
        // drawn, not blank: the line's blue is in the picture
        int blue = java.awt.Color.decode("#" + Palette.colour(0)).getRGB();
        boolean found = false;
        for (int y = 0; y < image.getHeight() && !found; y += 2) {
            for (int x = 0; x < image.getWidth() && !found; x += 2) {
                found = image.getRGB(x, y) == blue;
            }
        }
        assertThat(found).as("the series colour is drawn").isTrue();

        // the button's path: the window's size does not matter, the slide does
        Path saved = dir.resolve("button.png");
        robot.interact(() -> view.exportPng(saved));
        assertThat(UiWait.visible(robot, ".chart-status", Label.class).getText()).contains("button.png");
        BufferedImage slide = ImageIO.read(saved.toFile());
        assertThat(slide.getWidth()).isEqualTo(ChartView.SLIDE_WIDTH);
        assertThat(slide.getHeight()).isEqualTo(ChartView.SLIDE_HEIGHT);
    }
}
