package jp.banso.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScheduleProposalTest {

    private final UUID caseId = UUID.randomUUID();

    @Test
    void nationalFlowIsSevenMeetingsInOrder() {
        List<Meeting> flow = ScheduleProposal.nationalFlow(caseId, 2022);

        assertThat(flow)
                .extracting(Meeting::getKind, Meeting::getSequence, Meeting::month)
                .containsExactly(
                        tuple(MeetingKind.PRE_MEETING, null, YearMonth.of(2022, 7)),
                        tuple(MeetingKind.VISIT, 1, YearMonth.of(2022, 8)),
                        tuple(MeetingKind.MID_MEETING_1, null, YearMonth.of(2022, 9)),
                        tuple(MeetingKind.VISIT, 2, YearMonth.of(2022, 10)),
                        tuple(MeetingKind.MID_MEETING_2, null, YearMonth.of(2022, 11)),
                        tuple(MeetingKind.VISIT, 3, YearMonth.of(2023, 1)),
                        tuple(MeetingKind.REPORT, null, YearMonth.of(2023, 3)));

        assertThat(flow).extracting(Meeting::displayTitle).containsExactly(
                "0.5次mtg", "第1回現地支援", "1.5次mtg", "第2回現地支援", "2.5次mtg", "第3回現地支援", "報告会");
    }

    @Test
    void everyMeetingIsPlannedForTheCaseWithinTheFiscalYear() {
        List<Meeting> flow = ScheduleProposal.nationalFlow(caseId, 2022);
        assertThat(flow).hasSize(7).allSatisfy(m -> {
            assertThat(m.getStatus()).isEqualTo(MeetingStatus.PLANNED);
            assertThat(m.getCaseId()).isEqualTo(caseId);
            assertThat(m.getHeldOn()).isNull();
            assertThat(m.getPlannedMonth()).isNotNull();
            assertThat(m.getPlannedMonth().getDayOfMonth()).isEqualTo(1);
            assertThat(JapaneseDates.fiscalYearOf(m.month())).isEqualTo(2022);
            assertThat(m.validate()).isEmpty();
        });
    }

    @Test
    void monthsNeverGoBackwards() {
        List<Meeting> flow = ScheduleProposal.nationalFlow(caseId, 2022);
        for (int i = 1; i < flow.size(); i++) {
            assertThat(flow.get(i).month()).isAfter(flow.get(i - 1).month());
        }
    }

    @Test
    void visitsAreOnSiteAndTheRestOnline() {
        List<Meeting> flow = ScheduleProposal.nationalFlow(caseId, 2022);
        assertThat(flow).allSatisfy(m -> assertThat(m.getFormat()).isEqualTo(
                m.getKind() == MeetingKind.VISIT ? MeetingFormat.ON_SITE : MeetingFormat.ONLINE));
    }

    @Test
    void eachCallGivesNewMeetings() {
        List<Meeting> a = ScheduleProposal.nationalFlow(caseId, 2022);
        List<Meeting> b = ScheduleProposal.nationalFlow(caseId, 2022);
        assertThat(a).doesNotContainAnyElementsOf(b);
        assertThat(a).extracting(Meeting::getId).doesNotHaveDuplicates();
    }

    @Test
    void anotherFiscalYearShiftsEveryMonth() {
        List<Meeting> flow = ScheduleProposal.nationalFlow(caseId, 2019);
        assertThat(flow).allSatisfy(m -> assertThat(JapaneseDates.fiscalYearOf(m.month())).isEqualTo(2019));
        assertThat(flow.get(0).month()).isEqualTo(YearMonth.of(2019, 7));
        assertThat(flow.get(6).month()).isEqualTo(YearMonth.of(2020, 3));
    }
}
