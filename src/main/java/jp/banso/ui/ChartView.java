package jp.banso.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import jp.banso.domain.chart.Chart;
import jp.banso.domain.chart.Palette;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Any {@link Chart} on screen, readable on a projector: its title, its note (what the reader must know, e.g. that
 * there is only one 年度), a legend in the {@link Palette} colours the Office files use too, and the plot — in a
 * scroll pane, so a hundred rows stay readable. 「画像（PNG）で保存…」 writes it at slide size, whatever the window.
 */
public final class ChartView extends VBox {
    /** The exported picture's width, and its height unless the rows need more (a 16:9 slide). */
    public static final int SLIDE_WIDTH = 1600;
    public static final int SLIDE_HEIGHT = 900;
    /** Pixels of the picture per pixel of the layout: the slide is laid out at 1000×562 and drawn 1.6 times as large. */
    static final double EXPORT_SCALE = 1.6;
    private static final String STYLESHEET = "/jp/banso/ui/banso.css";

    private final boolean forExport;
    private final Label title = new Label();
    private final Label note = new Label();
    private final FlowPane legend = new FlowPane(18, 6);
    private final Label status = new Label();
    private final Button export = new Button(Msg.t("chart.exportPng"), new FontIcon("mdi2i-image-outline"));
    private final ScrollPane scroll = new ScrollPane();
    private Chart chart;
    private ChartPlot plot;
    private java.util.function.IntConsumer onCategory;

    public ChartView() {
        this(false);
    }

    private ChartView(boolean forExport) {
        this.forExport = forExport;
        getStyleClass().add("chart-view");
        setSpacing(8);
        title.getStyleClass().add("chart-heading");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().add("chart-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setMaxWidth(Double.MAX_VALUE);
        note.managedProperty().bind(note.visibleProperty());
        legend.getStyleClass().add("chart-key");
        legend.managedProperty().bind(legend.visibleProperty());
        status.getStyleClass().add("chart-status");
        status.setWrapText(true);
        export.getStyleClass().add("chart-export");
        export.setMinWidth(Region.USE_PREF_SIZE); // the title wraps instead
        export.setOnAction(e -> exportPng());
        export.managedProperty().bind(export.visibleProperty());
        scroll.getStyleClass().add("chart-scroll");
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = forExport ? new HBox(title) : new HBox(12, title, grow, status, export);
        header.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(title, Priority.SOMETIMES);
        getChildren().addAll(header, note, legend);
        setPadding(forExport ? new Insets(20, 24, 20, 24) : new Insets(12, 14, 12, 14));
    }

    /**
     * Draws this chart, replacing what was shown. The same chart again (a page refreshing after an unrelated edit)
     * changes nothing; the same categories with new values keep the scroll position.
     */
    public void show(Chart chart) {
        if (Objects.requireNonNull(chart).equals(this.chart)) {
            return;
        }
        boolean sameRows = this.chart != null && this.chart.categories().equals(chart.categories());
        double scrolled = scroll.getVvalue();
        this.chart = chart;
        title.setText(chart.title());
        note.setText(Objects.toString(chart.note(), ""));
        note.setVisible(chart.note() != null);
        status.setText("");
        fillLegend();
        getChildren().removeAll(scroll, plot);
        plot = null;
        export.setVisible(!forExport && chart.hasValues());
        if (!chart.hasValues()) {
            return; // the title and the note say it all: no empty axes
        }
        plot = new ChartPlot(chart, onCategory);
        VBox.setVgrow(plot, Priority.ALWAYS);
        if (forExport) {
            getChildren().add(plot);
        } else {
            scroll.setContent(plot);
            scroll.setVvalue(sameRows ? scrolled : 0);
            getChildren().add(scroll);
        }
    }

    public Chart chart() {
        return chart;
    }

    /** Clicking a category (its row, column, bar or label) tells its index, e.g. to open that 取組; from the next chart shown. */
    public void onCategoryClicked(java.util.function.IntConsumer action) {
        this.onCategory = action;
    }

    /** The series drawn as data (lines or bars), in colour order; reference series are not among them. */
    static List<Chart.Series> dataSeries(Chart chart) {
        return chart.series().stream().filter(s -> !s.reference()).toList();
    }

    /** A series' colour: the {@link Palette} in order of the data series (as in the Office files), grey for a target. */
    static Color colour(Chart chart, Chart.Series series) {
        return series.reference() ? ChartPlot.REFERENCE : Color.web("#" + Palette.colour(dataSeries(chart).indexOf(series)));
    }

    /** One entry per series (a line with its marker, a bar's colour, a target's dashes), when there is more than one. */
    private void fillLegend() {
        legend.getChildren().clear();
        legend.setVisible(chart.hasValues() && chart.series().size() > 1);
        for (Chart.Series s : chart.series()) {
            Color c = colour(chart, s);
            Node key;
            if (chart.kind() != Chart.Kind.LINE && !s.reference()) {
                key = new Rectangle(18, 18, c);
            } else {
                Line line = new Line(0, 9, 32, 9);
                line.setStroke(c);
                line.setStrokeWidth(s.reference() ? ChartPlot.REFERENCE_WIDTH : ChartPlot.LINE_WIDTH);
                if (s.reference()) {
                    line.getStrokeDashArray().setAll(ChartPlot.DASHES);
                    key = new Pane(line);
                } else {
                    key = new Pane(line, new Circle(16, 9, ChartPlot.MARKER_RADIUS - 1, c));
                }
            }
            Text name = ChartPlot.text(s.name(), false);
            HBox entry = new HBox(8, key, name);
            entry.setAlignment(Pos.CENTER_LEFT);
            entry.getStyleClass().add("chart-key-entry");
            legend.getChildren().add(entry);
        }
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Msg.t("chart.exportPng"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName(chart.title().replaceAll("[\\\\/:*?\"<>|\\s]+", "_") + ".png");
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            exportPng(file.toPath());
        }
    }

    /** Writes the chart as a slide-sized PNG ({@link #SLIDE_WIDTH} wide; taller when its rows need it) and says so. */
    public void exportPng(Path file) {
        try {
            writePng(chart, file, SLIDE_WIDTH, slideHeight(chart));
            status.getStyleClass().remove("chart-status-error");
            status.setText(Msg.t("chart.exported", file.getFileName()));
        } catch (IOException | RuntimeException ex) {
            status.getStyleClass().add("chart-status-error");
            status.setText(Failures.describe(ex, Msg.t("chart.exportFailed")));
        }
    }

    /** The chart drawn at exactly {@code width}×{@code height} pixels, laid out apart from any window. FX thread. */
    public static WritableImage image(Chart chart, int width, int height) {
        ChartView view = detached(chart, width / EXPORT_SCALE, height / EXPORT_SCALE);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        p.setTransform(Transform.scale(EXPORT_SCALE, EXPORT_SCALE));
        p.setViewport(new Rectangle2D(0, 0, width, height));
        return view.snapshot(p, new WritableImage(width, height));
    }

    public static void writePng(Chart chart, Path file, int width, int height) throws IOException {
        PngFiles.write(image(chart, width, height), file);
    }

    /** A slide's height, or more when every row of a long bar chart needs it (a hundred 取組 stay readable). */
    public static int slideHeight(Chart chart) {
        double width = SLIDE_WIDTH / EXPORT_SCALE;
        ChartView view = detached(chart, width, SLIDE_HEIGHT / EXPORT_SCALE);
        double needed = view.snappedTopInset() + view.snappedBottomInset();
        for (Node n : view.getChildren()) {
            if (n.isManaged()) {
                needed += n.minHeight(width - view.snappedLeftInset() - view.snappedRightInset()) + view.getSpacing();
            }
        }
        return Math.max(SLIDE_HEIGHT, (int) Math.ceil(needed * EXPORT_SCALE));
    }

    /** A chart view for pictures: no button, no scroll pane, laid out at the size given in its own scene. */
    private static ChartView detached(Chart chart, double width, double height) {
        ChartView view = new ChartView(true);
        view.show(chart);
        Scene scene = new Scene(view, width, height, Color.WHITE);
        scene.getStylesheets().add(Objects.requireNonNull(ChartView.class.getResource(STYLESHEET)).toExternalForm());
        view.applyCss();
        view.resize(width, height);
        view.layout();
        return view;
    }
}
