package jp.banso.domain.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, independent of where it is drawn: the app draws it with JavaFX ({@code ui.ChartView}), the Excel
 * hand-outs and the 報告会 deck write it as a native Office chart ({@code report.NativeCharts}). One value per category
 * and series; {@code null} is a gap (a figure nobody recorded), never zero.
 *
 * @param title         the chart's heading (Japanese)
 * @param kind          line, bars, or stacked bars
 * @param categoryTitle the horizontal axis' name (年度, 記録日, 状態…)
 * @param valueTitle    the vertical axis' name with its unit (人, %, 市町村数…)
 * @param categories    the axis labels in order, already in 和暦 where they are dates or 年度
 * @param series        the lines or bar parts; a {@link Series#reference() reference} series is a target drawn dashed
 * @param note          what the reader must know (no data, only one point, values left out), or null
 */
public record Chart(String title, Kind kind, String categoryTitle, String valueTitle, List<String> categories,
                    List<Series> series, String note) {

    public enum Kind {
        /** Values over time: one line per series, gaps left open. */
        LINE,
        /** One bar per category and series, side by side. */
        BAR,
        /** One bar per category, the series stacked (counts that add up). */
        STACKED_BAR
    }

    /**
     * One line or bar part. {@code values} has one entry per category ({@code null} = no value there).
     * A reference series (目標) is drawn as a dashed line in grey.
     */
    public record Series(String name, List<Double> values, boolean reference) {
        public Series {
            Objects.requireNonNull(name);
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values)); // nulls allowed: gaps
        }

        public Series(String name, List<Double> values) {
            this(name, values, false);
        }

        public boolean hasValues() {
            return values.stream().anyMatch(Objects::nonNull);
        }
    }

    public Chart {
        Objects.requireNonNull(title);
        Objects.requireNonNull(kind);
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
    }

    /** Whether there is anything to draw (otherwise only the {@link #note} is shown). */
    public boolean hasValues() {
        return series.stream().anyMatch(Series::hasValues);
    }

    /** The same chart with a different note (null: none). */
    public Chart withNote(String newNote) {
        return new Chart(title, kind, categoryTitle, valueTitle, categories, series, newNote);
    }
}
