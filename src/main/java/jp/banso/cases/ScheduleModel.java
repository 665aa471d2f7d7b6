package jp.banso.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Limits;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.ScheduleProposal;
import jp.banso.store.CaseRepository;
import jp.banso.store.MeetingRepository;

/** State of the スケジュール・記録 page: the case's meetings, the national flow offered to a case without any. */
public final class ScheduleModel {
    private final CaseRepository cases;
    private final MeetingRepository meetings;
    private final UUID caseId;
    private final Clock clock;

    public ScheduleModel(CaseRepository cases, MeetingRepository meetings, UUID caseId, Clock clock) {
        this.cases = cases;
        this.meetings = meetings;
        this.caseId = caseId;
        this.clock = clock;
    }

    /** The case's meetings in date order. */
    public List<Meeting> meetings() {
        return meetings.list(caseId);
    }

    /** Of these meetings, the one with this id, else the next to come (this month or later), else the last; null if none. */
    public Meeting meetingToShow(List<Meeting> list, UUID select) {
        if (list.isEmpty()) {
            return null;
        }
        YearMonth thisMonth = YearMonth.now(clock);
        return list.stream().filter(m -> m.getId().equals(select)).findFirst()
                .or(() -> list.stream().filter(m -> m.month() != null && !m.month().isBefore(thisMonth)).findFirst())
                .orElse(list.get(list.size() - 1));
    }

    /** The 年度 the national flow is proposed for: the case's first, or this one. */
    public int proposalYear() {
        List<Integer> years = cases.fiscalYears(caseId);
        return years.isEmpty() ? JapaneseDates.fiscalYearOf(LocalDate.now(clock)) : years.get(0);
    }

    /** The national flow for {@link #proposalYear()}, not yet stored. */
    public List<Meeting> proposal() {
        return ScheduleProposal.nationalFlow(caseId, proposalYear());
    }

    public void accept(List<Meeting> proposed) {
        meetings.saveAll(proposed);
    }

    /**
     * A new planned meeting of this kind, stored: 現地支援 numbered after the others, planned this month (or a month of
     * the case's 年度 when this one is not: a past case being entered). Empty when the case has as many meetings as a
     * case file may hold.
     */
    public Optional<Meeting> add(MeetingKind kind) {
        List<Meeting> existing = meetings();
        if (existing.size() >= Limits.MEETINGS_PER_CASE.max()) {
            return Optional.empty();
        }
        Meeting m = new Meeting();
        m.setCaseId(caseId);
        m.setKind(kind);
        m.setStatus(MeetingStatus.PLANNED);
        if (kind == MeetingKind.VISIT) {
            m.setSequence((int) existing.stream().filter(x -> x.getKind() == MeetingKind.VISIT).count() + 1);
        }
        m.setPlannedMonth(JapaneseDates.exampleDate(cases.fiscalYears(caseId), LocalDate.now(clock)));
        meetings.save(m);
        return Optional.of(m);
    }

    public void delete(Meeting m) {
        meetings.delete(m.getId());
    }

    /** The model of one meeting's record. */
    public MeetingModel record(Meeting m) {
        return new MeetingModel(cases, meetings, m, clock);
    }
}
