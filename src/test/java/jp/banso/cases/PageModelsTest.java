package jp.banso.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import jp.banso.domain.ActionItem;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.CaseState;
import jp.banso.domain.ItemStatus;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.RoadmapFollowUp;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.StartKind;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;
import jp.banso.roadmap.RoadmapModel;
import jp.banso.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The models of a case's pages, without a screen: what they read and store, and that "today" is the clock they are
 * given (a fixed one here, 24 November 2026, in 令和8年度).
 */
class PageModelsTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-24T01:00:00Z"), TOKYO);

    @TempDir
    Path dir;
    private Store store;
    /** A case of 令和4年度 (2022): entered afterwards, so its example dates are in 2022, not today. */
    private SupportCase past;
    /** A case of this 年度. */
    private SupportCase current;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        past = new NewCase("栃木県", "さくら市", 2022, null, StartKind.ENTRY).create(store.cases());
        current = new NewCase("長野県", "みどり町", 2026, null, StartKind.ENTRY).create(store.cases());
    }

    @AfterEach
    void close() {
        store.close();
    }

    // --- プロフィール ---

    @Test
    void aNewSnapshotIsDatedInTheCasesYearAndCopiesTheLatestFigures() {
        ProfileModel model = new ProfileModel(store.cases(), past.getId(), NOV_2026);
        assertThat(model.exampleDate()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(model.snapshots()).isEmpty();

        ProfileSnapshot first = model.addSnapshot();
        assertThat(first.getAsOf()).isEqualTo(LocalDate.of(2022, 9, 30));
        first.setAsOf(LocalDate.of(2022, 4, 1));
        first.setPopulation(43_878);
        model.save(first);

        ProfileSnapshot second = model.addSnapshot();
        assertThat(second.getPopulation()).isEqualTo(43_878);
        assertThat(model.snapshots()).extracting(ProfileSnapshot::getId).containsExactly(first.getId(), second.getId());
        assertThat(model.previousOf(second).getId()).isEqualTo(first.getId());
        assertThat(model.previousOf(first)).isNull();

        model.delete(first);
        assertThat(model.snapshots()).extracting(ProfileSnapshot::getId).containsExactly(second.getId());
        assertThat(store.cases().snapshots(model.municipality().getId())).hasSize(1);
    }

    @Test
    void inTheCasesOwnYearTheExampleIsToday() {
        assertThat(new ProfileModel(store.cases(), current.getId(), NOV_2026).exampleDate()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    // --- 概要 ---

    @Test
    void yearsOfferedRunFromHeiseiGannenToThreeYearsAheadOfTheClock() {
        OverviewModel model = overview(past);
        assertThat(model.fiscalYearChoices()).startsWith(1989).endsWith(2029).contains(2022);
        assertThat(model.setFiscalYears(List.of())).as("a case keeps at least one 年度").isFalse();
        assertThat(store.cases().fiscalYears(past.getId())).containsExactly(2022);
        assertThat(model.setFiscalYears(List.of(2022, 2023))).isTrue();
        assertThat(model.fiscalYears()).containsExactly(2022, 2023);
    }

    @Test
    void aStateChangeContinuesTheLastStateOnADayOfTheCasesYear() {
        OverviewModel model = overview(past);
        StateChange first = model.newStateChange();
        assertThat(first.getState()).isEqualTo(CaseState.mS);
        assertThat(first.getChangedOn()).isEqualTo(LocalDate.of(2022, 9, 30));
        first.setState(CaseState.MS2);
        model.save(first);
        assertThat(model.newStateChange().getState()).isEqualTo(CaseState.MS2);
        model.delete(first);
        assertThat(model.stateHistory()).isEmpty();
    }

    @Test
    void teamMembersAreAddedAfterTheOthers() {
        OverviewModel model = overview(current);
        TeamMember a = model.newTeamMember();
        a.setName("佐藤");
        model.save(a);
        TeamMember b = model.newTeamMember();
        assertThat(b.getSortOrder()).isEqualTo(1);
        model.save(b);
        model.delete(a);
        assertThat(model.team()).extracting(TeamMember::getId).containsExactly(b.getId());
    }

    @Test
    void aCaseCannotFollowOneThatFollowsIt() {
        current.setFollowsCaseId(past.getId());
        store.cases().save(current);
        assertThat(overview(current).followCandidates()).extracting(s -> s.id()).containsExactly(past.getId());
        assertThat(overview(past).followCandidates()).as("さくら市 is followed by みどり町: choosing it would close a circle").isEmpty();
    }

    @Test
    void openItemsComeWithTheirMeetingAndLeaveOnceDone() {
        ScheduleModel schedule = new ScheduleModel(store.cases(), store.meetings(), current.getId(), NOV_2026);
        Meeting visit = schedule.add(MeetingKind.VISIT).orElseThrow();
        MeetingModel record = schedule.record(visit);
        ActionItem item = record.newActionItem();
        item.setWhat("仕様書案を作成する");
        record.save(item);

        OverviewModel model = overview(current);
        assertThat(model.openActionItems()).singleElement().satisfies(open -> {
            assertThat(open.item().getId()).isEqualTo(item.getId());
            assertThat(open.meeting().getId()).isEqualTo(visit.getId());
        });
        model.setDone(model.openActionItems().get(0).item(), true);
        assertThat(model.openActionItems()).isEmpty();
        assertThat(store.meetings().actionItems(visit.getId()).get(0).isDone()).isTrue();
    }

    @Test
    void theRoadmapIsFollowedUpAsOfTheClock() {
        assertThat(overview(current).roadmap()).isEmpty();
        RoadmapModel roadmap = new RoadmapModel(store.roadmaps(), store.boards(), current.getId(), NOV_2026);
        RoadmapItem item = roadmap.addItem("通いの場の立ち上げ", YearMonth.of(2026, 4));
        RoadmapItem edited = roadmap.editableCopy(item.getId());
        edited.setPeriod(YearMonth.of(2026, 4), YearMonth.of(2026, 9));
        edited.setStatus(ItemStatus.IN_PROGRESS);
        roadmap.update(edited);

        OverviewModel.RoadmapGlance glance = overview(current).roadmap().orElseThrow();
        assertThat(glance.items()).isEqualTo(1);
        assertThat(glance.inProgress()).isEqualTo(1);
        assertThat(glance.done()).isZero();
        assertThat(glance.attention()).extracting(RoadmapFollowUp.Attention::reason).containsExactly(RoadmapFollowUp.Reason.LATE);

        Clock august = Clock.fixed(Instant.parse("2026-08-03T01:00:00Z"), TOKYO);
        assertThat(new OverviewModel(store.cases(), store.meetings(), store.roadmaps(), current.getId(), august).roadmap().orElseThrow()
                .attention()).as("in August the item still has a month to go").isEmpty();
    }

    // --- スケジュール ---

    @Test
    void aNewMeetingIsPlannedInTheCasesYearAndVisitsAreNumbered() {
        ScheduleModel model = new ScheduleModel(store.cases(), store.meetings(), past.getId(), NOV_2026);
        Meeting first = model.add(MeetingKind.VISIT).orElseThrow();
        Meeting second = model.add(MeetingKind.VISIT).orElseThrow();
        assertThat(first.getSequence()).isEqualTo(1);
        assertThat(second.getSequence()).isEqualTo(2);
        assertThat(first.getPlannedMonth()).as("planned in the month of the example day").isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(model.meetings()).hasSize(2);
        model.delete(first);
        assertThat(model.meetings()).extracting(Meeting::getId).containsExactly(second.getId());
    }

    @Test
    void theMeetingShownIsTheOneChosenElseTheNextToComeElseTheLast() {
        ScheduleModel model = new ScheduleModel(store.cases(), store.meetings(), current.getId(), NOV_2026);
        assertThat(model.proposalYear()).isEqualTo(2026);
        List<Meeting> proposal = model.proposal();
        model.accept(proposal);
        List<Meeting> meetings = model.meetings();
        assertThat(meetings).hasSize(proposal.size());
        Meeting next = meetings.stream().filter(m -> !m.month().isBefore(YearMonth.of(2026, 11))).findFirst().orElseThrow();
        assertThat(model.meetingToShow(meetings, null)).isEqualTo(next);
        assertThat(model.meetingToShow(meetings, meetings.get(0).getId())).isEqualTo(meetings.get(0));
        ScheduleModel later = new ScheduleModel(store.cases(), store.meetings(), current.getId(),
                Clock.fixed(Instant.parse("2030-01-01T01:00:00Z"), TOKYO));
        assertThat(later.meetingToShow(meetings, null)).isEqualTo(meetings.get(meetings.size() - 1));
        assertThat(model.meetingToShow(List.of(), null)).isNull();
    }

    @Test
    void aMeetingsMonthsSpanItsCasesYearsAndAYearEitherSide() {
        ScheduleModel schedule = new ScheduleModel(store.cases(), store.meetings(), past.getId(), NOV_2026);
        MeetingModel model = schedule.record(schedule.add(MeetingKind.VISIT).orElseThrow());
        assertThat(model.exampleDate()).isEqualTo(LocalDate.of(2022, 9, 30));
        List<LocalDate> months = model.monthChoices();
        assertThat(months).first().isEqualTo(LocalDate.of(2021, 4, 1));
        assertThat(months).last().isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(months).hasSize(36).contains(LocalDate.of(2022, 9, 1));
        Meeting older = model.meeting();
        older.setPlannedMonth(LocalDate.of(2019, 6, 1));
        assertThat(schedule.record(older).monthChoices()).as("the meeting's own 予定月, outside those years").hasSize(37)
                .contains(LocalDate.of(2019, 6, 1));

        assertThat(model.newPart().getSortOrder()).isZero();
        model.save(model.newPart());
        assertThat(model.newPart().getSortOrder()).isEqualTo(1);
        model.save(model.newParticipant());
        assertThat(model.participants()).hasSize(1);
        model.delete(model.participants().get(0));
        assertThat(model.participants()).isEmpty();
    }

    // --- 課題 ---

    @Test
    void aLinkedIssueIsDeletedAsTheRoadmapDeletesItAndItsUndoBringsItBack() {
        IssuesModel model = new IssuesModel(store.boards(), store.roadmaps(), current.getId());
        CaseIssue alone = model.newIssue();
        alone.setStatement("担い手が足りない");
        model.save(alone);
        CaseIssue linked = model.newIssue();
        assertThat(linked.getRank()).isEqualTo(2);
        linked.setStatement("通所Ｃの利用が少ない");
        model.save(linked);
        RoadmapModel roadmap = new RoadmapModel(store.roadmaps(), store.boards(), current.getId(), NOV_2026);
        RoadmapItem item = roadmap.addItem("通所Ｃの見直し", YearMonth.of(2026, 4));
        RoadmapItem edited = roadmap.editableCopy(item.getId());
        edited.setIssueId(linked.getId());
        roadmap.update(edited);
        assertThat(model.linkedItems(linked)).isEqualTo(1);
        assertThat(model.linkedItems(alone)).isZero();

        model.delete(alone);
        model.delete(linked);
        assertThat(model.issues()).isEmpty();
        assertThat(store.roadmaps().item(item.getId()).orElseThrow().getIssueId()).as("the item stays, unlinked").isNull();

        RoadmapModel reopened = new RoadmapModel(store.roadmaps(), store.boards(), current.getId(), NOV_2026);
        assertThat(reopened.undoLabels().undo()).isEqualTo("課題「通所Ｃの利用が少ない」を削除");
        reopened.undo();
        assertThat(model.issues()).extracting(CaseIssue::getId).containsExactly(linked.getId());
        assertThat(store.roadmaps().item(item.getId()).orElseThrow().getIssueId()).isEqualTo(linked.getId());
    }

    private OverviewModel overview(SupportCase c) {
        return new OverviewModel(store.cases(), store.meetings(), store.roadmaps(), c.getId(), NOV_2026);
    }
}
