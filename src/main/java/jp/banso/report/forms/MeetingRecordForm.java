package jp.banso.report.forms;

import java.time.LocalDate;
import java.util.List;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingPart;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.Participant;
import jp.banso.domain.Text;
import jp.banso.report.CaseData;
import jp.banso.report.DataTable;
import jp.banso.report.ReportForm;
import jp.banso.report.ReportInput;

/** 支援記録票: one meeting — when, where, 形式, who, the timetable and agenda, the five record sections, the 宿題. */
public final class MeetingRecordForm extends ReportForm {

    public record Data(Headers.CaseInfo c, Headers.MeetingInfo m, List<Person> participants, List<Part> parts, List<Item> actionItems) {
    }

    public record Person(String name, String organisation, String role) {
    }

    public record Part(String label, String time, String content) {
    }

    /** A 宿題; {@code done} is 済 or empty. */
    public record Item(String what, String who, LocalDate due, String done) {
    }

    public MeetingRecordForm() {
        super("meeting-record", "支援記録票",
                "この会議の日時・場所・形式・参加者、テーマ／課題／コメント／進め方／まとめ、宿題",
                Scope.MEETING, Data.class);
    }

    /** A whole-case export makes a record only for a meeting with something recorded (not for planned, empty ones). */
    @Override
    public boolean inCaseExport(CaseData d, Meeting m) {
        if (m.getStatus() == MeetingStatus.CANCELLED) {
            return false;
        }
        boolean text = !Text.isBlank(m.getAgenda()) || !Text.isBlank(m.getTheme()) || !Text.isBlank(m.getIssues())
                || !Text.isBlank(m.getComments()) || !Text.isBlank(m.getApproach()) || !Text.isBlank(m.getSummary());
        return text || !d.participants(m.getId()).isEmpty() || !d.actionItems(m.getId()).isEmpty();
    }

    @Override
    public Record build(ReportInput in) {
        Meeting m = in.meeting();
        CaseData d = in.data();
        List<Person> people = d.participants(m.getId()).stream().map(MeetingRecordForm::person).toList();
        List<Part> parts = d.parts(m.getId()).stream().map(MeetingRecordForm::part).toList();
        List<Item> items = d.actionItems(m.getId()).stream().map(MeetingRecordForm::item).toList();
        return new Data(Headers.caseInfo(in), Headers.meetingInfo(m), people, parts, items);
    }

    /** One row per participant, part of the timetable, recorded section and 宿題 of the meeting (項目 says which). */
    @Override
    protected DataTable rows(ReportInput in, Record built) {
        Data d = (Data) built;
        Meeting m = in.meeting();
        DataTable.Builder t = DataTable.of("会議", "開催日", "形式", "場所", "項目", "区分", "内容", "氏名・担当", "所属", "期限日", "完了");
        List<Object> meeting = java.util.Arrays.asList(m.displayTitle(), m.getHeldOn(), m.getFormat() == null ? null : m.getFormat().label(), m.getPlace());
        for (Person p : d.participants()) {
            t.row(meeting, "参加者", p.role(), null, p.name(), p.organisation(), null, null);
        }
        for (Part p : d.parts()) {
            t.row(meeting, "時間割", p.label(), p.content(), null, null, null, null);
        }
        String[][] sections = {{"議題・次第", m.getAgenda()}, {"テーマ", m.getTheme()}, {"課題", m.getIssues()},
            {"コメント", m.getComments()}, {"進め方", m.getApproach()}, {"まとめ", m.getSummary()}};
        for (String[] s : sections) {
            if (!Text.isBlank(s[1])) {
                t.row(meeting, "記録", s[0], s[1], null, null, null, null);
            }
        }
        for (Item a : d.actionItems()) {
            t.row(meeting, "宿題", null, a.what(), a.who(), null, a.due(), a.done().isEmpty() ? "未" : a.done());
        }
        return t.build();
    }

    private static Person person(Participant p) {
        return new Person(p.getName(), p.getOrganisation(), p.getRole());
    }

    private static Part part(MeetingPart p) {
        return new Part(p.getLabel(), Headers.timeRange(p.getStartTime(), p.getEndTime()), p.getContent());
    }

    private static Item item(ActionItem a) {
        return new Item(a.getWhat(), a.getWho(), a.getDue(), a.isDone() ? "済" : "");
    }
}
