package jp.banso.ui;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import jp.banso.domain.chart.Chart;

/**
 * The axes and data of one {@link Chart}, drawn as shapes (so a line's segments, a bar, a label are nodes a test and a
 * tooltip can reach) and redrawn when the size changes. Lines leave a gap where a value is missing; bars stand in
 * columns while their labels fit side by side, and lie as rows (one per category, labels on the left, as tall as
 * they need) otherwise. See docs/decisions/0017-charts.md.
 */
final class ChartPlot extends Region {
    /** Axis and tick labels, legend and value labels: readable from the back of a room. */
    static final double TEXT_SIZE = 16;
    static final double LINE_WIDTH = 3.5;
    static final double REFERENCE_WIDTH = 3;
    static final double MARKER_RADIUS = 7;
    /** The height of one category when bars lie as rows. */
    static final double ROW = 34;
    /** The widest a column bar gets. */
    static final double MAX_BAR = 140;
    /** Columns only while every label fits side by side in this width (the plot's width on a 1024-pixel screen). */
    static final double COLUMN_ROOM = 760;
    static final List<Double> DASHES = List.of(12.0, 8.0);
    static final Color REFERENCE = Color.web("#" + jp.banso.domain.chart.Palette.REFERENCE);

    private static final double PAD = 12;
    private static final double MIN_HEIGHT = 240;
    private static final double PREF_HEIGHT = 380;
    private static final Color INK = Color.web("#2b3137");
    private static final Color MUTED = Color.web("#5d6670");
    private static final Color GRID = Color.web("#dde3e8");
    private static final Color AXIS = Color.web("#8a949e");

    private final Chart chart;
    private final boolean rows;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    /** Where each category lies as drawn (its column or row), for clicks. */
    private final List<javafx.geometry.Rectangle2D> categoryAreas = new ArrayList<>();

    /** {@code onCategory}: told the index of a category clicked (its row, column, bar or label), or null. */
    ChartPlot(Chart chart, java.util.function.IntConsumer onCategory) {
        this.chart = chart;
        getStyleClass().add("chart-plot");
        if (onCategory != null) {
            setCursor(javafx.scene.Cursor.HAND);
            setOnMouseClicked(e -> {
                for (int i = 0; i < categoryAreas.size(); i++) {
                    if (categoryAreas.get(i).contains(e.getX(), e.getY())) {
                        onCategory.accept(i);
                        return;
                    }
                }
            });
        }
        double widest = chart.categories().stream().mapToDouble(c -> text(c, false).getLayoutBounds().getWidth()).max().orElse(0);
        rows = chart.kind() != Chart.Kind.LINE && chart.categories().size() * (widest + 16) > COLUMN_ROOM;
    }

    /** Whether the bars lie as rows (too many or too long labels for columns). */
    boolean rows() {
        return rows;
    }

    @Override
    protected double computeMinHeight(double width) {
        return rows ? rowsTop() + chart.categories().size() * ROW + PAD : MIN_HEIGHT;
    }

    @Override
    protected double computePrefHeight(double width) {
        return rows ? computeMinHeight(width) : PREF_HEIGHT;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 320;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 720;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (w == drawnWidth && h == drawnHeight) {
            return;
        }
        drawnWidth = w;
        drawnHeight = h;
        getChildren().clear();
        categoryAreas.clear();
        if (rows) {
            drawRows(w);
        } else {
            drawColumns(w, h);
        }
    }

    // --- categories along the bottom: lines and column bars ---

    private void drawColumns(double w, double h) {
        Scale s = Scale.of(chart);
        List<Text> tickLabels = s.ticks().stream().map(t -> text(s.format(t), false)).toList();
        double tickWidth = tickLabels.stream().mapToDouble(t -> t.getLayoutBounds().getWidth()).max().orElse(0);
        Text valueTitle = text(Objects.toString(chart.valueTitle(), ""), true);
        double lineHeight = valueTitle.getLayoutBounds().getHeight();
        double left = PAD + tickWidth + 8;
        // the value axis' name stands level above it, as Japanese charts put （人） or （%）: never turned sideways
        double top = PAD + lineHeight + 10 + (chart.kind() == Chart.Kind.LINE ? 4 : lineHeight);
        double bottom = 8 + lineHeight + 8 + lineHeight + PAD;
        double x0 = left;
        double pw = w - left - PAD - 8;
        double ph = h - top - bottom;
        if (pw < 40 || ph < 40) {
            return;
        }
        Axis y = new Axis(s, top + ph, top);
        for (int i = 0; i < s.ticks().size(); i++) {
            double at = y.at(s.ticks().get(i));
            add(line(x0, at, x0 + pw, at, s.ticks().get(i) == 0 ? AXIS : GRID, 1));
            Text label = tickLabels.get(i);
            place(label, x0 - 8 - label.getLayoutBounds().getWidth(), at - lineHeight / 2);
            label.getStyleClass().add("plot-tick");
        }
        add(line(x0, top, x0, top + ph, AXIS, 1.5));
        add(line(x0, top + ph, x0 + pw, top + ph, AXIS, 1.5));
        place(valueTitle, PAD, PAD);

        int n = chart.categories().size();
        double slot = pw / n;
        for (int i = 0; i < n; i++) {
            categoryAreas.add(new javafx.geometry.Rectangle2D(x0 + slot * i, 0, slot, h));
        }
        List<Text> categoryLabels = chart.categories().stream().map(c -> text(c, false)).toList();
        double widest = categoryLabels.stream().mapToDouble(t -> t.getLayoutBounds().getWidth()).max().orElse(0);
        int every = Math.max(1, (int) Math.ceil((widest + 12) / slot)); // never overlapping: every k-th label when crowded
        for (int i = 0; i < n; i += every) {
            Text label = categoryLabels.get(i);
            label.getStyleClass().add("plot-category");
            place(label, x0 + slot * (i + 0.5) - label.getLayoutBounds().getWidth() / 2, top + ph + 8);
        }
        Text categoryTitle = text(Objects.toString(chart.categoryTitle(), ""), true);
        place(categoryTitle, x0 + pw / 2 - categoryTitle.getLayoutBounds().getWidth() / 2, top + ph + 8 + lineHeight + 6);

        if (chart.kind() == Chart.Kind.LINE) {
            drawLines(x0, slot, y);
        } else {
            drawColumnBars(x0, slot, y);
        }
    }

    private void drawLines(double x0, double slot, Axis y) {
        boolean labelPoints = ChartView.dataSeries(chart).size() == 1 && chart.categories().size() <= 12;
        for (Chart.Series series : chart.series()) {
            Color colour = ChartView.colour(chart, series);
            if (series.reference()) {
                drawReference(series, i -> x0 + slot * i, i -> x0 + slot * (i + 1), y::at);
                continue;
            }
            for (List<Integer> run : runs(series)) {
                if (run.size() < 2) {
                    continue; // a lone value is its marker
                }
                Polyline segment = new Polyline();
                run.forEach(i -> segment.getPoints().addAll(x0 + slot * (i + 0.5), y.at(series.values().get(i))));
                segment.setStroke(colour);
                segment.setStrokeWidth(LINE_WIDTH);
                segment.setStrokeLineJoin(StrokeLineJoin.ROUND);
                segment.setStrokeLineCap(StrokeLineCap.ROUND);
                segment.getStyleClass().add("plot-segment");
                segment.setUserData(series.name());
                add(segment);
            }
            for (int i = 0; i < series.values().size(); i++) {
                Double v = series.values().get(i);
                if (v == null) {
                    continue;
                }
                double cx = x0 + slot * (i + 0.5);
                Circle marker = new Circle(cx, y.at(v), MARKER_RADIUS, colour);
                marker.setStroke(Color.WHITE);
                marker.setStrokeWidth(2);
                marker.getStyleClass().add("plot-marker");
                marker.setUserData(series.name());
                tip(marker, i, series, v);
                add(marker);
                if (labelPoints) {
                    Text label = text(format(v), true);
                    place(label, cx - label.getLayoutBounds().getWidth() / 2, y.at(v) - MARKER_RADIUS - 4 - label.getLayoutBounds().getHeight());
                    label.getStyleClass().add("plot-value");
                }
            }
        }
    }

    private void drawColumnBars(double x0, double slot, Axis y) {
        List<Chart.Series> data = ChartView.dataSeries(chart);
        boolean stacked = chart.kind() == Chart.Kind.STACKED_BAR;
        double group = Math.min(slot * 0.7, MAX_BAR * (stacked ? 1 : data.size())); // a few categories: bars, not walls
        double width = stacked ? group : group / data.size();
        for (int i = 0; i < chart.categories().size(); i++) {
            double left = x0 + slot * i + (slot - group) / 2;
            double base = 0;
            boolean any = false;
            for (int j = 0; j < data.size(); j++) {
                Chart.Series series = data.get(j);
                Double v = series.values().get(i);
                double x = stacked ? left : left + width * j;
                if (v == null) {
                    if (!stacked) {
                        Text none = muted("—");
                        place(none, x + width / 2 - none.getLayoutBounds().getWidth() / 2, y.at(0) - none.getLayoutBounds().getHeight() - 2);
                    }
                    continue;
                }
                if (stacked && v == 0) {
                    continue; // nobody in that part: nothing to draw
                }
                any = true;
                double from = stacked ? base : 0;
                double to = from + v;
                Rectangle bar = bar(x, Math.min(y.at(from), y.at(to)), width, Math.abs(y.at(from) - y.at(to)), series, i, v);
                if (stacked) {
                    base = to;
                    inside(bar, v);
                } else {
                    Text label = text(format(v), true);
                    label.getStyleClass().add("plot-value");
                    place(label, x + width / 2 - label.getLayoutBounds().getWidth() / 2, bar.getY() - label.getLayoutBounds().getHeight() - 2);
                }
            }
            if (stacked && any) {
                Text total = text(format(base), true);
                total.getStyleClass().add("plot-value");
                place(total, left + group / 2 - total.getLayoutBounds().getWidth() / 2, y.at(base) - total.getLayoutBounds().getHeight() - 2);
            }
        }
        for (Chart.Series series : chart.series()) {
            if (series.reference()) {
                drawReference(series, i -> x0 + slot * i, i -> x0 + slot * (i + 1), y::at);
            }
        }
    }

    // --- categories as rows: bars lying down, labels on the left ---

    private double rowsTop() {
        double lineHeight = text("年", true).getLayoutBounds().getHeight();
        return PAD + lineHeight + 6 + lineHeight + 8;
    }

    private void drawRows(double w) {
        Scale s = Scale.of(chart);
        int n = chart.categories().size();
        double top = rowsTop();
        double lineHeight = text("年", true).getLayoutBounds().getHeight();
        List<Text> labels = chart.categories().stream().map(c -> text(c, false)).toList();
        double widest = labels.stream().mapToDouble(t -> t.getLayoutBounds().getWidth()).max().orElse(0);
        double labelWidth = Math.min(widest, Math.max(160, w * 0.34));
        double x0 = PAD + labelWidth + 12;
        double pw = w - x0 - PAD - text(format(s.hi()), true).getLayoutBounds().getWidth() - 16;
        if (pw < 40) {
            return;
        }
        double bottom = top + n * ROW;
        for (int i = 1; i < n; i += 2) {
            Rectangle band = new Rectangle(PAD, top + i * ROW, w - 2 * PAD, ROW);
            band.setFill(Color.web("#f4f6f8"));
            add(band);
        }
        Axis x = new Axis(s, x0, x0 + pw);
        for (double t : s.ticks()) {
            double at = x.at(t);
            add(line(at, top, at, bottom, t == 0 ? AXIS : GRID, 1));
            Text label = text(s.format(t), false);
            label.getStyleClass().add("plot-tick");
            place(label, at - label.getLayoutBounds().getWidth() / 2, top - lineHeight - 4);
        }
        Text valueTitle = text(Objects.toString(chart.valueTitle(), ""), true);
        place(valueTitle, x0 + pw / 2 - valueTitle.getLayoutBounds().getWidth() / 2, PAD);
        Text categoryTitle = text(Objects.toString(chart.categoryTitle(), ""), true);
        place(categoryTitle, PAD, PAD);

        List<Chart.Series> data = ChartView.dataSeries(chart);
        boolean stacked = chart.kind() == Chart.Kind.STACKED_BAR;
        double thickness = ROW * 0.64 / (stacked ? 1 : data.size());
        for (int i = 0; i < n; i++) {
            double rowTop = top + i * ROW;
            categoryAreas.add(new javafx.geometry.Rectangle2D(0, rowTop, w, ROW));
            Text label = labels.get(i);
            String full = chart.categories().get(i);
            label.setText(fit(full, labelWidth));
            label.getStyleClass().add("plot-category");
            if (!label.getText().equals(full)) {
                Tooltip.install(label, new Tooltip(full));
            }
            place(label, PAD + labelWidth - label.getLayoutBounds().getWidth(), rowTop + (ROW - lineHeight) / 2);
            double base = 0;
            boolean any = false;
            for (int j = 0; j < data.size(); j++) {
                Chart.Series series = data.get(j);
                Double v = series.values().get(i);
                double barTop = rowTop + ROW * 0.18 + (stacked ? 0 : thickness * j);
                if (v == null) {
                    if (!stacked) {
                        Text none = muted(Msg.t("chart.noValue"));
                        place(none, x.at(0) + 6, barTop + thickness / 2 - none.getLayoutBounds().getHeight() / 2);
                    }
                    continue;
                }
                if (stacked && v == 0) {
                    continue; // nobody in that part: nothing to draw
                }
                any = true;
                double from = stacked ? base : 0;
                double to = from + v;
                Rectangle bar = bar(Math.min(x.at(from), x.at(to)), barTop, Math.abs(x.at(to) - x.at(from)), thickness, series, i, v);
                if (stacked) {
                    base = to;
                    inside(bar, v);
                } else {
                    Text value = text(format(v), true);
                    value.getStyleClass().add("plot-value");
                    place(value, bar.getX() + bar.getWidth() + 6, barTop + thickness / 2 - value.getLayoutBounds().getHeight() / 2);
                }
            }
            if (stacked && any) {
                Text total = text(format(base), true);
                total.getStyleClass().add("plot-value");
                place(total, x.at(base) + 6, rowTop + (ROW - lineHeight) / 2);
            }
        }
        add(line(x0, top, x0, bottom, AXIS, 1.5));
        for (Chart.Series series : chart.series()) {
            if (series.reference()) {
                // a target per row: a dashed upright mark across the row at the target
                for (int i = 0; i < n; i++) {
                    Double v = series.values().get(i);
                    if (v != null) {
                        Line mark = line(x.at(v), top + i * ROW + 2, x.at(v), top + (i + 1) * ROW - 2, REFERENCE, REFERENCE_WIDTH);
                        mark.getStrokeDashArray().setAll(6.0, 4.0);
                        mark.getStyleClass().add("plot-reference");
                    }
                }
            }
        }
    }

    // --- pieces ---

    /**
     * A target: a dashed grey step across each category that has one (a constant target is one straight line across
     * the plot), broken where it has none; no markers.
     */
    private void drawReference(Chart.Series series, java.util.function.IntToDoubleFunction slotStart,
                               java.util.function.IntToDoubleFunction slotEnd, java.util.function.DoubleUnaryOperator at) {
        for (List<Integer> run : runs(series)) {
            Polyline line = new Polyline();
            for (int i : run) {
                double v = at.applyAsDouble(series.values().get(i));
                line.getPoints().addAll(slotStart.applyAsDouble(i), v, slotEnd.applyAsDouble(i), v);
            }
            line.setStroke(REFERENCE);
            line.setStrokeWidth(REFERENCE_WIDTH);
            line.getStrokeDashArray().setAll(DASHES);
            line.getStyleClass().add("plot-reference");
            line.setUserData(series.name());
            add(line);
        }
    }

    /** The runs of consecutive categories that have a value: a line is drawn along each, never across a gap. */
    static List<List<Integer>> runs(Chart.Series series) {
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i < series.values().size(); i++) {
            if (series.values().get(i) == null) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
            } else {
                run.add(i);
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private Rectangle bar(double x, double y, double width, double height, Chart.Series series, int category, double value) {
        Rectangle bar = new Rectangle(x, y, Math.max(width, 0), Math.max(height, 0));
        bar.setFill(ChartView.colour(chart, series));
        bar.getStyleClass().add("plot-bar");
        bar.setUserData(series.name());
        tip(bar, category, series, value);
        add(bar);
        return bar;
    }

    /** A stacked part's count written inside it, when it has room, in black or white as its colour needs. */
    private void inside(Rectangle part, double value) {
        Text label = text(format(value), true);
        double tw = label.getLayoutBounds().getWidth();
        double th = label.getLayoutBounds().getHeight();
        if (tw + 6 > part.getWidth() || th + 2 > part.getHeight()) {
            return;
        }
        Color fill = (Color) part.getFill();
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        label.setFill(luminance > 0.55 ? Color.BLACK : Color.WHITE);
        place(label, part.getX() + part.getWidth() / 2 - tw / 2, part.getY() + part.getHeight() / 2 - th / 2);
    }

    private void tip(Node node, int category, Chart.Series series, double value) {
        String name = ChartView.dataSeries(chart).size() > 1 || series.reference() ? "　" + series.name() : "";
        Tooltip.install(node, new Tooltip(chart.categories().get(category) + name + "：" + format(value)
                + (chart.valueTitle() == null ? "" : "（" + chart.valueTitle() + "）")));
    }

    /** The label cut with 「…」 to fit the width (its whole text is then in a tooltip). */
    private static String fit(String label, double width) {
        if (text(label, false).getLayoutBounds().getWidth() <= width) {
            return label;
        }
        int keep = label.length();
        while (keep > 1 && text(label.substring(0, keep) + "…", false).getLayoutBounds().getWidth() > width) {
            keep--;
        }
        return label.substring(0, keep) + "…";
    }

    private void place(Text t, double x, double y) {
        t.setLayoutX(x);
        t.setLayoutY(y);
        add(t);
    }

    private void add(Node n) {
        getChildren().add(n);
    }

    private static Line line(double x1, double y1, double x2, double y2, Color colour, double width) {
        Line l = new Line(x1, y1, x2, y2);
        l.setStroke(colour);
        l.setStrokeWidth(width);
        return l;
    }

    static Text text(String s, boolean bold) {
        Text t = new Text(s);
        t.setFont(Font.font(JapaneseFont.FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, TEXT_SIZE));
        t.setFill(INK);
        t.setTextOrigin(VPos.TOP);
        return t;
    }

    private Text muted(String s) {
        Text t = text(s, false);
        t.setFill(MUTED);
        t.getStyleClass().add("plot-no-value");
        return t;
    }

    /** A value as people read it: thousands grouped, one decimal at most (31.25 → 31.3, 45000 → 45,000). */
    static String format(double v) {
        DecimalFormat f = new DecimalFormat("#,##0.#");
        f.setRoundingMode(java.math.RoundingMode.HALF_UP); // 四捨五入, as people round by hand
        return f.format(v);
    }

    /** Where a value lies along the value axis, from the pixel of {@code lo} to the pixel of {@code hi}. */
    private record Axis(Scale scale, double from, double to) {
        double at(double v) {
            return from + (v - scale.lo()) / (scale.hi() - scale.lo()) * (to - from);
        }
    }

    /** The value axis: a round range with about five round steps. Bars start at zero; lines follow their values. */
    record Scale(double lo, double hi, double step) {
        static Scale of(Chart chart) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            boolean whole = true;
            boolean stacked = chart.kind() == Chart.Kind.STACKED_BAR;
            for (int i = 0; i < chart.categories().size(); i++) {
                double total = 0;
                for (Chart.Series s : chart.series()) {
                    Double v = s.values().get(i);
                    if (v == null) {
                        continue;
                    }
                    if (stacked && !s.reference()) {
                        total += v;
                        v = total;
                    }
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    whole &= v == Math.rint(v);
                }
            }
            if (min > max) {
                min = 0;
                max = 1;
            }
            if (chart.kind() != Chart.Kind.LINE) {
                min = Math.min(0, min);
                max = Math.max(0, max);
            } else {
                double pad = max > min ? (max - min) * 0.1 : Math.max(Math.abs(max) * 0.1, 1);
                boolean positive = min >= 0;
                min -= pad;
                max += pad;
                if (positive && min < 0) {
                    min = 0;
                }
            }
            if (max == min) {
                max = min + 1;
            }
            double step = niceStep((max - min) / 5, whole);
            return new Scale(Math.floor(min / step + 1e-9) * step, Math.ceil(max / step - 1e-9) * step, step);
        }

        /** 1, 2, 2.5 or 5 times a power of ten; counts (whole values) step by whole numbers, never 0.5 of a town. */
        private static double niceStep(double raw, boolean whole) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double f = raw / magnitude;
            double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 && !(whole && magnitude < 10) ? 2.5 : f <= 5 ? 5 : 10;
            return whole ? Math.max(1, nice * magnitude) : nice * magnitude;
        }

        List<Double> ticks() {
            List<Double> ticks = new ArrayList<>();
            long count = Math.round((hi - lo) / step);
            for (long k = 0; k <= count; k++) {
                double t = lo + k * step;
                ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
            }
            return ticks;
        }

        String format(double tick) {
            int decimals = Math.max(0, Math.min(3, new java.math.BigDecimal(step).round(new java.math.MathContext(3))
                    .stripTrailingZeros().scale()));
            DecimalFormat f = new DecimalFormat("#,##0" + (decimals == 0 ? "" : "." + "0".repeat(decimals)));
            return f.format(tick);
        }
    }
}
