package jp.banso.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import jp.banso.domain.ActionItem;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingPart;
import jp.banso.domain.Participant;
import jp.banso.store.CaseRepository;
import jp.banso.store.MeetingRepository;

/** State of one meeting's record: the meeting, its timetable, participants and 宿題. No controls here. */
public final class MeetingModel {
    private final MeetingRepository meetings;
    private final Meeting meeting;
    private final List<Integer> caseYears;
    private final LocalDate example;

    public MeetingModel(CaseRepository cases, MeetingRepository meetings, Meeting meeting, Clock clock) {
        this.meetings = meetings;
        this.meeting = meeting;
        this.caseYears = cases.fiscalYears(meeting.getCaseId());
        this.example = JapaneseDates.exampleDate(caseYears, LocalDate.now(clock));
    }

    public Meeting meeting() {
        return meeting;
    }

    /** Autosave of the meeting's form. */
    public void save(Meeting m) {
        meetings.save(m);
    }

    /** A day of the case's 年度 (today when it is one): what the date fields show as their example. */
    public LocalDate exampleDate() {
        return example;
    }

    /** The first day of each month of the case's 年度 and the year either side, plus the meeting's own 予定月. */
    public List<LocalDate> monthChoices() {
        int from = caseYears.isEmpty() ? JapaneseDates.fiscalYearOf(example) - 1 : caseYears.get(0) - 1;
        int to = caseYears.isEmpty() ? from + 2 : caseYears.get(caseYears.size() - 1) + 1;
        TreeSet<LocalDate> months = new TreeSet<>();
        for (LocalDate d = JapaneseDates.fiscalYearStart(from); !d.isAfter(JapaneseDates.fiscalYearEnd(to)); d = d.plusMonths(1)) {
            months.add(d);
        }
        if (meeting.getPlannedMonth() != null) {
            months.add(meeting.getPlannedMonth());
        }
        return new ArrayList<>(months);
    }

    // --- timetable ---

    public List<MeetingPart> parts() {
        return meetings.parts(meeting.getId());
    }

    public MeetingPart newPart() {
        MeetingPart p = new MeetingPart();
        p.setMeetingId(meeting.getId());
        p.setSortOrder(parts().size());
        return p;
    }

    public void save(MeetingPart p) {
        meetings.save(p);
    }

    public void delete(MeetingPart p) {
        meetings.deletePart(p.getId());
    }

    // --- participants ---

    public List<Participant> participants() {
        return meetings.participants(meeting.getId());
    }

    public Participant newParticipant() {
        Participant p = new Participant();
        p.setMeetingId(meeting.getId());
        p.setSortOrder(participants().size());
        return p;
    }

    public void save(Participant p) {
        meetings.save(p);
    }

    public void delete(Participant p) {
        meetings.deleteParticipant(p.getId());
    }

    // --- 宿題 ---

    public List<ActionItem> actionItems() {
        return meetings.actionItems(meeting.getId());
    }

    public ActionItem newActionItem() {
        ActionItem a = new ActionItem();
        a.setMeetingId(meeting.getId());
        a.setSortOrder(actionItems().size());
        return a;
    }

    public void save(ActionItem a) {
        meetings.save(a);
    }

    public void delete(ActionItem a) {
        meetings.deleteActionItem(a.getId());
    }
}
