package jp.banso.report.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.banso.domain.Portfolio;
import jp.banso.domain.PortfolioRow;
import jp.banso.domain.chart.Chart;
import jp.banso.domain.chart.PrefectureCharts;
import jp.banso.report.DataTable;
import jp.banso.report.Handout;

/**
 * 市町村一覧: the prefecture's portfolio (one or several prefectures) as a print-ready list, one row per municipality of
 * the national list, never-supported ones included so the gaps show; with per-prefecture charts of the states by 年度,
 * the moves between states and the stages reached.
 */
public final class PortfolioForm extends Handout<Portfolio> {

    /** {@code title}: 栃木県　市町村一覧; {@code today}: 作成日 (a date the template shows in 和暦). */
    public record Data(String title, String prefectures, LocalDate today, Integer towns, Integer supported, Integer followUp,
                       List<Row> rows) {
    }

    /**
     * One municipality. {@code years} is 未支援 for a town never supported; {@code lateItems} reads 遅れ 1・記録なし 2;
     * {@code followUp} gives the reasons for 要フォロー, empty when none.
     */
    public record Row(String code, String municipality, String years, String programmes, String state, String stage,
                      LocalDate lastContact, String next, Integer openItems, String lateItems, String followUp) {
    }

    public PortfolioForm() {
        super("portfolio", "市町村一覧",
                "都道府県の市町村ごとの支援状況（支援年度・事業・状態・到達段階・最終接触・次の予定・宿題・要フォロー）",
                Data.class);
    }

    @Override
    public Record build(Portfolio p) {
        boolean several = p.prefectures().size() > 1;
        List<Row> rows = new ArrayList<>();
        for (PortfolioRow r : p.rows()) {
            String town = several ? r.prefecture() + " " + r.municipality() : r.municipality();
            if (!r.supported()) {
                rows.add(new Row(r.code(), town, "未支援", null, null, null, null, null, null, null, null));
                continue;
            }
            List<String> late = new ArrayList<>();
            if (r.lateItems() > 0) {
                late.add("遅れ " + r.lateItems());
            }
            if (r.silentItems() > 0) {
                late.add("記録なし " + r.silentItems());
            }
            rows.add(new Row(r.code(), town, r.fiscalYearsLabel(), Headers.blankToNull(r.programmesLabel()), Headers.blankToNull(r.stateLabel()),
                    r.stage() == null ? null : r.stage().numberedLabel(), r.lastContact(),
                    r.nextMeeting() == null ? null : r.nextMeeting().label(), r.openActionItems(),
                    late.isEmpty() ? null : String.join("・", late), r.needsFollowUp() ? String.join("、", r.followUp()) : null));
        }
        String prefectures = String.join("・", p.prefectures());
        return new Data(prefectures + "　市町村一覧", prefectures, p.today(), p.rows().size(), (int) p.supportedCount(),
                (int) p.followUpCount(), rows);
    }

    /** One row per municipality: counts as numbers, the states and dates each in their own column. */
    @Override
    public DataTable table(Portfolio p, Record built) {
        DataTable.Builder t = DataTable.of(DataTable.CODE, DataTable.PREFECTURE, DataTable.MUNICIPALITY, "支援件数（件）", "最初の支援年度",
                "最後の支援年度", "事業", "状態", "前の状態", "状態の記録日", "到達段階", "到達段階（番号）", "最終接触日", "次の予定日", "次の予定",
                "未完了の宿題（件）", "期限を過ぎた宿題（件）", "終了予定を過ぎた取組（件）", "進捗の記録がない取組（件）", "要フォロー（1＝要）",
                "要フォローの理由");
        for (PortfolioRow r : p.rows()) {
            List<Integer> years = r.fiscalYears();
            PortfolioRow.NextMeeting next = r.nextMeeting();
            boolean supported = r.supported();
            t.row(r.code(), r.prefecture(), r.municipality(), r.cases().size(), years.isEmpty() ? null : years.get(0),
                    years.isEmpty() ? null : years.get(years.size() - 1), r.programmesLabel(),
                    r.state() == null ? null : r.state().label(), r.previousState() == null ? null : r.previousState().label(),
                    r.stateChangedOn(), r.stage() == null ? null : r.stage().label(), r.stage() == null ? null : r.stage().step(),
                    r.lastContact(), next == null ? null : next.date() != null ? next.date() : next.month() == null ? null : next.month().atDay(1),
                    next == null ? null : next.title(), supported ? r.openActionItems() : null, supported ? r.overdueActionItems() : null,
                    supported ? r.lateItems() : null, supported ? r.silentItems() : null, r.needsFollowUp() ? 1 : 0,
                    String.join("、", r.followUp()));
        }
        return t.build();
    }

    /** For each prefecture: the states at the end of each 年度, the moves between states, the stages reached. */
    @Override
    public List<Chart> charts(Portfolio p) {
        List<Chart> charts = new ArrayList<>();
        for (Map.Entry<String, List<PortfolioRow>> e : p.byPrefecture().entrySet()) {
            charts.add(PrefectureCharts.statesByYear(e.getKey(), e.getValue()));
            charts.add(PrefectureCharts.transitions(e.getKey(), e.getValue()));
            charts.add(PrefectureCharts.stages(e.getKey(), e.getValue()));
        }
        return charts;
    }
}
