package jp.banso.domain.chart;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.banso.domain.JapaneseDates;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.Text;

/**
 * A roadmap item's indicator (指標) over its progress entries, against its target. Indicator values are what people
 * typed ("32人", "４５％", "3,000件"): the first number counts. When the values are not numbers but 達成度 was
 * recorded, the chart shows 達成度 against 100 %.
 */
public final class IndicatorCharts {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    public static final String NO_ENTRY = "進捗の記録がまだありません（モニタリングで記録すると表示されます）";
    public static final String NO_NUMBER = "記録に数値がありません（指標の値か達成度を数値で記録すると表示されます）";
    public static final String ONE_ENTRY = "記録が1回だけです";

    private IndicatorCharts() {
    }

    /** The title people read on the chart: 【中間アウトカム】参加者数 — 通いの場の立ち上げ. */
    public static String title(RoadmapItem item) {
        String level = item.getIndicatorLevel() == null ? "" : "【" + item.getIndicatorLevel().label() + "】";
        String name = Text.isBlank(item.getIndicatorName()) ? "指標" : item.getIndicatorName();
        return level + name + "（" + item.getTitle() + "）";
    }

    /** The item's entries (any order) as a line against its target. */
    public static Chart progress(RoadmapItem item, List<ProgressEntry> entries) {
        List<ProgressEntry> dated = entries.stream()
                .filter(e -> Objects.equals(e.getItemId(), item.getId()) && e.getRecordedOn() != null)
                .sorted(Comparator.comparing(ProgressEntry::getRecordedOn)).toList();
        List<String> categories = dated.stream().map(e -> JapaneseDates.warekiShort(e.getRecordedOn())).toList();
        Double target = number(item.getIndicatorTarget());
        List<Double> values = dated.stream().map(e -> number(e.getIndicatorValue())).toList();
        String unit = unit(item.getIndicatorTarget());
        boolean byValue = values.stream().anyMatch(Objects::nonNull);
        if (!byValue && dated.stream().anyMatch(e -> e.getAchievement() != null)) {
            values = dated.stream().map(e -> e.getAchievement() == null ? null : e.getAchievement().doubleValue()).toList();
            target = 100.0;
            unit = "達成度 %";
        }
        List<Chart.Series> series = new ArrayList<>();
        series.add(new Chart.Series("実績", values));
        if (target != null) {
            Double t = target;
            series.add(new Chart.Series("目標" + (byValue && !Text.isBlank(item.getIndicatorTarget()) ? "（" + item.getIndicatorTarget() + "）" : ""),
                    dated.stream().map(e -> t).toList(), true));
        }
        Chart chart = new Chart(title(item), Chart.Kind.LINE, "記録日", unit.isEmpty() ? "値" : unit, categories, series, null);
        if (dated.isEmpty()) {
            return chart.withNote(NO_ENTRY);
        }
        if (!chart.series().get(0).hasValues()) {
            return chart.withNote(NO_NUMBER);
        }
        return dated.size() == 1 ? chart.withNote(ONE_ENTRY) : chart;
    }

    /**
     * Every item's latest 達成度 side by side (the roadmap at a glance; a hundred items stay one chart). Items without
     * a recorded 達成度 have a gap.
     */
    public static Chart achievements(List<RoadmapItem> items, List<ProgressEntry> entries) {
        List<RoadmapItem> ordered = items.stream().sorted(Comparator.comparingInt(RoadmapItem::getSortOrder)).toList();
        List<Double> latest = new ArrayList<>();
        for (RoadmapItem item : ordered) {
            latest.add(entries.stream()
                    .filter(e -> Objects.equals(e.getItemId(), item.getId()) && e.getRecordedOn() != null && e.getAchievement() != null)
                    .max(Comparator.comparing(ProgressEntry::getRecordedOn))
                    .map(e -> e.getAchievement().doubleValue()).orElse(null));
        }
        Chart chart = new Chart("取組ごとの達成度（最新の記録）", Chart.Kind.BAR, "取組", "達成度（%）",
                ordered.stream().map(RoadmapItem::getTitle).toList(), List.of(new Chart.Series("達成度", latest)), null);
        if (ordered.isEmpty()) {
            return chart.withNote("ロードマップに取組がありません");
        }
        return chart.hasValues() ? chart : chart.withNote(NO_NUMBER);
    }

    /** The first number in what people typed (full-width digits and thousands separators read), or null. */
    public static Double number(String text) {
        if (Text.isBlank(text)) {
            return null;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "");
        Matcher m = NUMBER.matcher(plain);
        return m.find() ? Double.valueOf(m.group()) : null;
    }

    /** What follows the number: "30人" → 人, "45%" → %. */
    static String unit(String text) {
        if (Text.isBlank(text)) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "");
        Matcher m = NUMBER.matcher(plain);
        return m.find() ? plain.substring(m.end()).strip() : "";
    }
}
