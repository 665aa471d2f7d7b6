package jp.banso.report.forms;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.banso.domain.Meeting;
import jp.banso.domain.Participant;
import jp.banso.domain.Text;
import jp.banso.report.CaseData;
import jp.banso.report.DataTable;
import jp.banso.report.ReportForm;
import jp.banso.report.ReportInput;

/** 年間スケジュール: every meeting of the case in date order, with who attended (organisations and names). */
public final class YearScheduleForm extends ReportForm {

    public record Data(Headers.CaseInfo c, List<Row> meetings) {
    }

    /** {@code date}: the day (a date the template formats), or the days as text for a meeting over two days (8月22日〜23日). */
    public record Row(Integer no, LocalDate month, Object date, String time, String title, String kind, String format, String place,
                      String attendees, String status) {
    }

    public YearScheduleForm() {
        super("year-schedule", "年間スケジュール",
                "年間の会議の一覧：月・日付・形式・場所・参加者・状態",
                Scope.CASE, Data.class);
    }

    @Override
    public Record build(ReportInput in) {
        CaseData d = in.data();
        List<Row> rows = new ArrayList<>();
        for (Meeting m : d.meetings()) {
            Object days = m.getHeldOn() == null || m.getEndsOn() == null || m.getEndsOn().equals(m.getHeldOn()) ? m.getHeldOn()
                    : jp.banso.domain.JapaneseDates.dayRange(m.getHeldOn(), m.getEndsOn(), false);
            rows.add(new Row(rows.size() + 1, m.month() == null ? null : m.month().atDay(1), days,
                    Headers.timeRange(m.getStartTime(), m.getEndTime()), m.displayTitle(), m.getKind().label(),
                    m.getFormat() == null ? null : m.getFormat().label(), m.getPlace(), attendees(d.participants(m.getId())),
                    m.getStatus().label()));
        }
        return new Data(Headers.caseInfo(in), rows);
    }

    /** One row per meeting, in the order of the schedule. */
    @Override
    protected DataTable rows(ReportInput in, Record built) {
        DataTable.Builder t = DataTable.of("No.", "予定月", "開催日", "終了日", "開始時刻", "終了時刻", "会議", "種類", "形式", "場所", "状態",
                "参加者数（人）", "参加者");
        int no = 0;
        for (Meeting m : in.data().meetings()) {
            List<Participant> people = in.data().participants(m.getId());
            t.row(++no, m.month(), m.getHeldOn(), m.getEndsOn(), m.getStartTime() == null ? null : Headers.time(m.getStartTime()),
                    m.getEndTime() == null ? null : Headers.time(m.getEndTime()), m.displayTitle(), m.getKind().label(),
                    m.getFormat() == null ? null : m.getFormat().label(), m.getPlace(), m.getStatus().label(), people.size(), attendees(people));
        }
        return t.build();
    }

    /** さくら市 高齢福祉部局、地域包括支援センター（山田）…: organisation, with the name when there is one. */
    static String attendees(List<Participant> people) {
        return people.stream().map(p -> {
            String org = Text.nullToEmpty(p.getOrganisation()).strip();
            String name = Text.nullToEmpty(p.getName()).strip();
            if (org.isEmpty()) {
                return name;
            }
            return name.isEmpty() ? org : org + "（" + name + "）";
        }).filter(s -> !s.isEmpty()).collect(Collectors.joining("、"));
    }
}
