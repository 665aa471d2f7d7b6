package jp.banso.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.banso.report.forms.CaseSummaryForm;
import jp.banso.report.forms.GroupWorkForm;
import jp.banso.report.forms.IssueSheetForm;
import jp.banso.report.forms.MeetingRecordForm;
import jp.banso.report.forms.MonitoringForm;
import jp.banso.report.forms.RoadmapForm;
import jp.banso.report.forms.YearScheduleForm;

/**
 * Every hand-out the app makes, in the order the dialog lists them. To add a form: put its template in
 * {@code src/main/resources/jp/banso/report/templates/<id>.xlsx}, subclass {@link ReportForm}, and add it here.
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

    private FormRegistry() {
    }

    public static List<ReportForm> all() {
        return FORMS;
    }

    /** By id ({@code issue-sheet}) or Japanese title (課題整理表). */
    public static Optional<ReportForm> find(String idOrTitle) {
        String s = idOrTitle.strip();
        return FORMS.stream().filter(f -> f.id().equalsIgnoreCase(s) || f.title().equals(s)
                || f.id().replace("-", "").equalsIgnoreCase(s.replace("-", "").toLowerCase(Locale.ROOT))).findFirst();
    }
}
