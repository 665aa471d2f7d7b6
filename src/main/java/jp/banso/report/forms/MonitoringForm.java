package jp.banso.report.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Meeting;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.chart.Chart;
import jp.banso.domain.chart.IndicatorCharts;
import jp.banso.report.CaseData;
import jp.banso.report.DataTable;
import jp.banso.report.ReportForm;
import jp.banso.report.ReportInput;

/**
 * モニタリングシート: per roadmap item, what by when (期間, 指標 with its 段階 and 現状値, 目標値) and every progress entry (記録日, 値, 達成度,
 * コメント, 記入者) — what a prefecture sends to the 厚生局 and the advisor between visits and after support ends.
 * An item with no entry yet gets one row with blank entry cells, to fill in by hand.
 */
public final class MonitoringForm extends ReportForm {

    public record Data(Headers.CaseInfo c, List<Row> rows) {
    }

    /** {@code no} and the item's columns are on the item's first row only (null on the rows of its further entries). */
    public record Row(Integer no, String title, String owners, String period, String indicator, String level, String current,
                      String target, String status, LocalDate recordedOn, String value, Integer achievement, String comment,
                      String author) {
    }

    public MonitoringForm() {
        super("monitoring", "モニタリングシート",
                "ロードマップの取組ごとの進捗の記録（記録日・指標の値・達成度・コメント）",
                Scope.CASE, Data.class);
    }

    @Override
    public String unavailable(CaseData data, Meeting meeting) {
        return RoadmapForm.withoutItems(data);
    }

    @Override
    public Record build(ReportInput in) {
        CaseData d = in.data();
        List<Row> rows = new ArrayList<>();
        int no = 0;
        for (RoadmapItem item : d.roadmap()) {
            no++;
            List<ProgressEntry> entries = entries(d, item);
            String period = JapaneseDates.warekiShort(item.start()) + "〜" + JapaneseDates.warekiShort(item.end());
            String owners = String.join("、", item.ownerList());
            String level = item.getIndicatorLevel() == null ? null : item.getIndicatorLevel().label();
            Row itemRow = new Row(no, item.getTitle(), owners, period, item.getIndicatorName(), level, item.getIndicatorCurrent(),
                    item.getIndicatorTarget(), item.getStatus().label(), null, null, null, null, null);
            if (entries.isEmpty()) {
                rows.add(itemRow);
            }
            boolean firstRow = true;
            for (ProgressEntry p : entries) {
                // the item's own columns once, at its first entry; the following entries read as its continuation
                Row item0 = firstRow ? itemRow : new Row(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
                rows.add(new Row(item0.no(), item0.title(), item0.owners(), item0.period(), item0.indicator(), item0.level(), item0.current(),
                        item0.target(), item0.status(), p.getRecordedOn(), p.getIndicatorValue(), p.getAchievement(), p.getComment(),
                        p.getAuthor()));
                firstRow = false;
            }
        }
        return new Data(Headers.caseInfo(in), rows);
    }

    /**
     * One row per progress entry (an item without one: one row with the entry's columns empty), the item's columns on
     * every row; 指標の値 as typed and, beside it, its number.
     */
    @Override
    protected DataTable rows(ReportInput in, Record built) {
        DataTable.Builder t = DataTable.of("No.", "取組", "担当", "開始月", "終了月", "指標", "段階", "現状値", "目標値", "状況", "記録日",
                "指標の値", "指標の値（数値）", "達成度（%）", "コメント", "記入者");
        int no = 0;
        for (RoadmapItem item : in.data().roadmap()) {
            no++;
            List<ProgressEntry> entries = entries(in.data(), item);
            List<Object> head = java.util.Arrays.asList(no, item.getTitle(), String.join("、", item.ownerList()), item.start(), item.end(), item.getIndicatorName(),
                item.getIndicatorLevel() == null ? null : item.getIndicatorLevel().label(), item.getIndicatorCurrent(),
                item.getIndicatorTarget(), item.getStatus().label());
            if (entries.isEmpty()) {
                t.row(head, null, null, null, null, null, null);
            }
            for (ProgressEntry p : entries) {
                t.row(head, p.getRecordedOn(), p.getIndicatorValue(), IndicatorCharts.number(p.getIndicatorValue()), p.getAchievement(),
                        p.getComment(), p.getAuthor());
            }
        }
        return t.build();
    }

    /** Each item's indicator against its target. */
    @Override
    public List<Chart> charts(ReportInput in) {
        return in.data().roadmap().stream().map(item -> IndicatorCharts.progress(item, in.data().progress())).toList();
    }

    private static List<ProgressEntry> entries(CaseData d, RoadmapItem item) {
        return d.progress().stream().filter(p -> item.getId().equals(p.getItemId()))
                .sorted(Comparator.comparing(ProgressEntry::getRecordedOn)).toList();
    }
}
