package jp.banso.report.forms;

import java.time.LocalDate;
import java.time.LocalTime;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Meeting;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.Text;
import jp.banso.report.CaseData;
import jp.banso.report.ReportInput;

/** The case ({@code c.*}) and meeting ({@code m.*}) fields every template can use, built the same way for every form. */
public final class Headers {
    private Headers() {
    }

    /** {@code c}: who and which year. Dates are real dates (the template gives them the 和暦 format). */
    public record CaseInfo(String yearsLabel, String prefecture, String municipality, String programme, String startKind,
                           String applicationTheme, String redefinedIssue, String overCap, String state,
                           String stateDescription, String stage, String followsCase, String note, LocalDate today) {
    }

    /** {@code m}: one meeting and its record. */
    /** {@code date}: the day (a date the template formats in 和暦), or the days as text for a meeting over two days. */
    public record MeetingInfo(String title, String kind, String status, Object date, String dateLabel, LocalDate month,
                              String time, String place, String format, String agenda, String theme, String issues,
                              String comments, String approach, String summary) {
    }

    public static CaseInfo caseInfo(ReportInput in) {
        CaseData d = in.data();
        SupportCase c = d.supportCase();
        CaseSummary s = d.summary();
        StateChange last = d.states().isEmpty() ? null : d.states().get(d.states().size() - 1);
        String follows = d.followedCase().map(f -> f.fiscalYearsLabel() + " " + f.municipality() + "（" + f.prefecture() + "）")
                .orElse(null);
        return new CaseInfo(s.fiscalYearsLabel(), s.prefecture(), s.municipality(), c.getProgramme(),
                c.getStartKind() == null ? null : c.getStartKind().label(), c.getApplicationTheme(), c.getRedefinedIssue(),
                c.isOverCapConsultation() ? "扱う" : "扱わない", last == null ? null : last.getState().label(),
                last == null ? null : last.getState().description(), c.getStage() == null ? null : c.getStage().numberedLabel(),
                follows, c.getNote(), in.today());
    }

    public static MeetingInfo meetingInfo(Meeting m) {
        if (m == null) {
            return new MeetingInfo(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        LocalDate month = m.month() == null ? null : m.month().atDay(1);
        String dateLabel = m.getHeldOn() != null ? heldOnLabel(m)
                : m.month() != null ? JapaneseDates.wareki(m.month()) + "（予定）" : null;
        Object date = m.getHeldOn() == null || m.getEndsOn() == null || m.getEndsOn().equals(m.getHeldOn()) ? m.getHeldOn() : dateLabel;
        return new MeetingInfo(m.displayTitle(), m.getKind().label(), m.getStatus().label(), date, dateLabel, month,
                timeRange(m.getStartTime(), m.getEndTime()), m.getPlace(), m.getFormat() == null ? null : m.getFormat().label(),
                m.getAgenda(), m.getTheme(), m.getIssues(), m.getComments(), m.getApproach(), m.getSummary());
    }

    /** 令和8年8月22日, or 令和8年8月22日〜23日 for a meeting over two days (2026年3月31日〜4月1日 across 年度). */
    static String heldOnLabel(Meeting m) {
        if (m.getEndsOn() == null || m.getEndsOn().equals(m.getHeldOn())) {
            return JapaneseDates.wareki(m.getHeldOn());
        }
        boolean oneFiscalYear = JapaneseDates.fiscalYearOf(m.getHeldOn()) == JapaneseDates.fiscalYearOf(m.getEndsOn());
        return (oneFiscalYear ? JapaneseDates.eraYear(m.getHeldOn()) : "") + JapaneseDates.dayRange(m.getHeldOn(), m.getEndsOn(), false);
    }

    /** 13:30〜16:30, 13:30〜, or null. */
    public static String timeRange(LocalTime from, LocalTime to) {
        if (from == null && to == null) {
            return null;
        }
        return (from == null ? "" : time(from)) + "〜" + (to == null ? "" : time(to));
    }

    static String time(LocalTime t) {
        return t.getHour() + ":" + String.format("%02d", t.getMinute());
    }

    static String blankToNull(String s) {
        return Text.isBlank(s) ? null : s;
    }
}
