package jp.banso.report.forms;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.ItemStatus;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Meeting;
import jp.banso.domain.RoadmapItem;
import jp.banso.report.CaseData;
import jp.banso.report.DataTable;
import jp.banso.report.ReportForm;
import jp.banso.report.ReportInput;

/**
 * ロードマップ: one row per item (取組, 課題, 担当, 指標 with its 段階 and 現状値, 状況) and 36 month columns over three 年度,
 * each 年度 label merged over its twelve months. A month the item
 * runs in holds the first letter of its status (未・進・完・保・中), which the template's conditional formatting turns
 * into a coloured bar; a milestone month holds ◆. A prefecture can recolour the bars in Excel.
 */
public final class RoadmapForm extends ReportForm {
    /** Three 年度 print legibly on one A3 (or A4) landscape page. */
    public static final int YEARS = 3;

    public record Data(Headers.CaseInfo c, String span, List<Year> years, List<Month> months, List<Row> items) {
    }

    /** A 年度 over its twelve month columns (the template merges its label over them). */
    public record Year(String label) {
    }

    /** A month column: the 年度 label on its April (blank otherwise; kept for templates made before {@link Year}) and the month number. */
    public record Month(String year, String month) {
    }

    public record Row(Integer no, String title, String issue, String owners, String period, String indicator, String target,
                      String current, String level, String status, List<Cell> months) {
    }

    /** What a month cell shows: a status letter (the bar), ◆ (a milestone), or nothing. */
    public record Cell(String mark) {
    }

    public RoadmapForm() {
        super("roadmap", "ロードマップ",
                "取組ごとの担当・指標・状況と、3年度分の月ごとの工程（状況で色分け、◆はマイルストーン）",
                Scope.CASE, Data.class);
    }

    @Override
    public String unavailable(CaseData data, Meeting meeting) {
        return withoutItems(data);
    }

    /** Why a form of the roadmap cannot be made (it has no item), or null; the monitoring sheet has the same rule. */
    static String withoutItems(CaseData data) {
        return data.roadmap().isEmpty() ? "ロードマップに取組がありません" : null;
    }

    @Override
    public Record build(ReportInput in) {
        CaseData d = in.data();
        List<RoadmapItem> items = d.roadmap();
        int first = items.stream().map(i -> JapaneseDates.fiscalYearOf(i.start())).min(Integer::compare)
                .orElse(JapaneseDates.fiscalYearOf(in.today()));
        YearMonth from = YearMonth.of(first, 4);
        List<Year> years = new ArrayList<>();
        for (int y = 0; y < YEARS; y++) {
            years.add(new Year(JapaneseDates.fiscalYearLabel(first + y)));
        }
        List<Month> months = new ArrayList<>();
        for (int i = 0; i < YEARS * 12; i++) {
            YearMonth m = from.plusMonths(i);
            months.add(new Month(m.getMonthValue() == 4 ? JapaneseDates.fiscalYearLabel(m.getYear()) : "", m.getMonthValue() + "月"));
        }
        Map<UUID, CaseIssue> issues = d.issues().stream().collect(Collectors.toMap(CaseIssue::getId, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (RoadmapItem item : items) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < YEARS * 12; i++) {
                YearMonth m = from.plusMonths(i);
                boolean runs = !m.isBefore(item.start()) && !m.isAfter(item.end());
                boolean milestone = item.getMilestone() != null && YearMonth.from(item.getMilestone()).equals(m);
                cells.add(new Cell(milestone ? "◆" : runs ? mark(item.getStatus()) : ""));
            }
            CaseIssue issue = item.getIssueId() == null ? null : issues.get(item.getIssueId());
            rows.add(new Row(rows.size() + 1, item.getTitle(), issue == null ? null : issue.getStatement(), String.join("、", item.ownerList()),
                    JapaneseDates.warekiShort(item.start()) + "〜" + JapaneseDates.warekiShort(item.end()), item.getIndicatorName(),
                    item.getIndicatorTarget(), item.getIndicatorCurrent(), item.getIndicatorLevel() == null ? null : item.getIndicatorLevel().label(),
                    item.getStatus().label(), cells));
        }
        String span = JapaneseDates.fiscalYearLabel(first) + "〜" + JapaneseDates.fiscalYearLabel(first + YEARS - 1);
        long outside = items.stream().filter(i -> i.end().isBefore(from) || i.start().isAfter(from.plusMonths(YEARS * 12 - 1))
                || i.start().isBefore(from) || i.end().isAfter(from.plusMonths(YEARS * 12 - 1))).count();
        if (outside > 0) {
            span += "（この期間を越える取組が " + outside + " 件あります。期間の列をご覧ください）";
        }
        return new Data(Headers.caseInfo(in), span, years, months, rows);
    }

    /** One row per item: its months as dates (開始月, 終了月 = their first day), not as the bars of the form. */
    @Override
    protected DataTable rows(ReportInput in, Record built) {
        Map<UUID, CaseIssue> issues = in.data().issues().stream().collect(Collectors.toMap(CaseIssue::getId, Function.identity()));
        DataTable.Builder t = DataTable.of("No.", "取組", "課題", "担当", "開始月", "終了月", "マイルストーン", "指標", "段階", "現状値", "目標値", "状況");
        int no = 0;
        for (RoadmapItem item : in.data().roadmap()) {
            CaseIssue issue = item.getIssueId() == null ? null : issues.get(item.getIssueId());
            t.row(++no, item.getTitle(), issue == null ? null : issue.getStatement(), String.join("、", item.ownerList()), item.start(),
                    item.end(), item.getMilestone(), item.getIndicatorName(), item.getIndicatorLevel() == null ? null : item.getIndicatorLevel().label(),
                    item.getIndicatorCurrent(), item.getIndicatorTarget(), item.getStatus().label());
        }
        return t.build();
    }

    /** The letter a status bar carries; the template colours each letter. */
    public static String mark(ItemStatus status) {
        return status.label().substring(0, 1);
    }
}
