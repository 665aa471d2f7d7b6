package jp.banso.domain.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import jp.banso.domain.JapaneseDates;
import jp.banso.domain.ProfileSnapshot;

/**
 * A municipality's figures over the years (人口, 高齢化率, 後期高齢化率, 認定率), one town or several on one chart. The
 * horizontal axis is the 年度 of each snapshot's 基準日; when a 年度 has several snapshots the latest counts.
 */
public final class ProfileCharts {

    /** The figures worth following over time. */
    public enum Metric {
        POPULATION("人口", "人", s -> s.getPopulation() == null ? null : s.getPopulation().doubleValue()),
        AGING_RATE("高齢化率", "%", s -> number(s.agingRate())),
        LATE_ELDERLY_RATE("後期高齢化率", "%", s -> number(s.lateElderlyRate())),
        CERTIFICATION_RATE("認定率", "%", s -> number(s.getCareCertificationRate()));

        private final String label;
        private final String unit;
        private final Function<ProfileSnapshot, Double> value;

        Metric(String label, String unit, Function<ProfileSnapshot, Double> value) {
            this.label = label;
            this.unit = unit;
            this.value = value;
        }

        public String label() {
            return label;
        }

        public String unit() {
            return unit;
        }

        public Double of(ProfileSnapshot s) {
            return value.apply(s);
        }
    }

    public static final String NO_SNAPSHOT = "基準日ごとの数値がまだありません（プロフィールで基準日を追加すると推移が表示されます）";
    public static final String ONE_SNAPSHOT = "数値が1つの年度にしかないため、推移はまだ表示できません（別の年度の基準日を追加してください）";

    private ProfileCharts() {
    }

    /** One town's metric over time. */
    public static Chart of(String town, List<ProfileSnapshot> snapshots, Metric metric) {
        Map<String, List<ProfileSnapshot>> one = new LinkedHashMap<>();
        one.put(town, snapshots);
        return compare(one, metric);
    }

    /**
     * Several towns' metric on one chart, one line each (in the map's order). A town without the figure in a 年度 has
     * a gap there; a missing value is never drawn as zero.
     */
    public static Chart compare(Map<String, List<ProfileSnapshot>> snapshotsByTown, Metric metric) {
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, Map<Integer, Double>> byTown = new LinkedHashMap<>();
        snapshotsByTown.forEach((town, snapshots) -> {
            Map<Integer, Double> values = new TreeMap<>();
            snapshots.stream().filter(s -> s.getAsOf() != null)
                    .sorted(Comparator.comparing(ProfileSnapshot::getAsOf))
                    .forEach(s -> {
                        int year = JapaneseDates.fiscalYearOf(s.getAsOf());
                        years.add(year);
                        Double v = metric.of(s);
                        if (v != null) {
                            values.put(year, v); // the later snapshot of the 年度 wins
                        } else {
                            values.remove(year);
                        }
                    });
            byTown.put(town, values);
        });
        List<String> categories = years.stream().map(JapaneseDates::fiscalYearLabel).toList();
        List<Chart.Series> series = new ArrayList<>();
        byTown.forEach((town, values) -> series.add(new Chart.Series(town,
                years.stream().map(values::get).toList())));
        String title = metric.label() + "の推移" + (byTown.size() == 1 ? "（" + byTown.keySet().iterator().next() + "）" : "");
        Chart chart = new Chart(title, Chart.Kind.LINE, "年度（基準日）", metric.label() + "（" + metric.unit() + "）",
                categories, series, null);
        if (!chart.hasValues()) {
            return chart.withNote(NO_SNAPSHOT);
        }
        boolean onePointEach = byTown.values().stream().allMatch(v -> v.size() <= 1);
        return onePointEach ? chart.withNote(ONE_SNAPSHOT) : chart;
    }

    private static Double number(BigDecimal d) {
        return d == null ? null : d.doubleValue();
    }
}
