package jp.banso.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.banso.report.forms.CaseSummaryForm;
import jp.banso.report.forms.GroupWorkForm;
import jp.banso.report.forms.IssueSheetForm;
import jp.banso.report.forms.MeetingRecordForm;
import jp.banso.report.forms.MonitoringForm;
import jp.banso.report.forms.PortfolioForm;
import jp.banso.report.forms.RoadmapForm;
import jp.banso.report.forms.YearScheduleForm;

/**
 * Every hand-out the app makes: the case forms, in the order the dialog lists them ({@link #all}), and the
 * prefecture's 市町村一覧 ({@link #PORTFOLIO}), which is made from a portfolio, not a case. To add a case form: put its
 * template in {@code src/main/resources/jp/banso/report/templates/<id>.xlsx}, subclass {@link ReportForm}, and add it
 * here.
 */
public final class FormRegistry {
    private static final List<ReportForm> FORMS = List.of(
            new MeetingRecordForm(),
            new IssueSheetForm(),
            new GroupWorkForm(),
            new CaseSummaryForm(),
            new YearScheduleForm(),
            new RoadmapForm(),
            new MonitoringForm());

    /** The 市町村一覧 ({@link PortfolioExport}). */
    public static final PortfolioForm PORTFOLIO = new PortfolioForm();

    private FormRegistry() {
    }

    /** The case forms. */
    public static List<ReportForm> all() {
        return FORMS;
    }

    /** Every hand-out: the case forms and the 市町村一覧 (for what must hold for all, e.g. their データ sheets). */
    public static List<Handout<?>> handouts() {
        List<Handout<?>> all = new java.util.ArrayList<>(FORMS);
        all.add(PORTFOLIO);
        return List.copyOf(all);
    }

    /** By id ({@code issue-sheet}) or Japanese title (課題整理表). */
    public static Optional<ReportForm> find(String idOrTitle) {
        String s = idOrTitle.strip();
        return FORMS.stream().filter(f -> f.id().equalsIgnoreCase(s) || f.title().equals(s)
                || f.id().replace("-", "").equalsIgnoreCase(s.replace("-", "").toLowerCase(Locale.ROOT))).findFirst();
    }
}
