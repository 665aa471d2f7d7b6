package jp.banso.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The national year's flow (seed 003) as a proposal for a new case: 0.5次mtg → 第1回 (7–9月) → 1.5次mtg →
 * 第2回 (9–11月) → 2.5次mtg → 第3回 (12–2月) → 報告会 (3月). Only months are proposed; dates are set later.
 */
public final class ScheduleProposal {

    private ScheduleProposal() {
    }

    private record Step(MeetingKind kind, Integer sequence, int month) {
    }

    private static final List<Step> NATIONAL_FLOW = List.of(
            new Step(MeetingKind.PRE_MEETING, null, 7),
            new Step(MeetingKind.VISIT, 1, 8),
            new Step(MeetingKind.MID_MEETING_1, null, 9),
            new Step(MeetingKind.VISIT, 2, 10),
            new Step(MeetingKind.MID_MEETING_2, null, 11),
            new Step(MeetingKind.VISIT, 3, 1),
            new Step(MeetingKind.REPORT, null, 3));

    /** New, unsaved meetings for the given case and 年度, in order. */
    public static List<Meeting> nationalFlow(UUID caseId, int fiscalYear) {
        List<Meeting> meetings = new ArrayList<>();
        for (Step step : NATIONAL_FLOW) {
            Meeting m = new Meeting();
            m.setCaseId(caseId);
            m.setKind(step.kind());
            m.setSequence(step.sequence());
            m.setStatus(MeetingStatus.PLANNED);
            int year = step.month() >= 4 ? fiscalYear : fiscalYear + 1;
            m.setPlannedMonth(LocalDate.of(year, step.month(), 1));
            m.setFormat(step.kind() == MeetingKind.VISIT ? MeetingFormat.ON_SITE : MeetingFormat.ONLINE);
            meetings.add(m);
        }
        return meetings;
    }
}
