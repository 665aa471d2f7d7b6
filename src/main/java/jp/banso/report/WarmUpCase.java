package jp.banso.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.banso.domain.ActionItem;
import jp.banso.domain.Board;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.CaseState;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.IssueKind;
import jp.banso.domain.IssueLevel;
import jp.banso.domain.Lane;
import jp.banso.domain.LaneRole;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingFormat;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.MeetingPart;
import jp.banso.domain.MeetingStatus;
import jp.banso.domain.Municipality;
import jp.banso.domain.Note;
import jp.banso.domain.Participant;
import jp.banso.domain.ProfileSnapshot;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.Stage;
import jp.banso.domain.StateChange;
import jp.banso.domain.StartKind;
import jp.banso.domain.SupportCase;
import jp.banso.domain.TeamMember;

/**
 * The made-up case {@link WarmUp} exports: two recorded visits, a board of three lanes, 課題, roadmap items with
 * progress and two profile snapshots, so that every form has rows, a データ sheet and its charts, and the deck has
 * every kind of slide. Sizes are a few dozen rows: enough for the code that fills sheets to be compiled, not only loaded.
 */
final class WarmUpCase {
    static final LocalDate TODAY = LocalDate.of(2026, 7, 15);
    private static final String TEXT = "通所型サービスＣの利用者を増やすために、送迎と開始時期を見直す。\n卒業後の活躍の場を話し合う。";
    private static final int NOTES_PER_LANE = 20;
    private static final int ISSUES = 30;
    private static final int ROADMAP_ITEMS = 12;

    private WarmUpCase() {
    }

    static CaseData data() {
        Municipality town = new Municipality("栃木県", "さくら市");
        town.setCode("092142");
        SupportCase c = new SupportCase();
        c.setMunicipalityId(town.getId());
        c.setProgramme("老健局主導型");
        c.setStartKind(StartKind.ENTRY);
        c.setApplicationTheme(TEXT);
        c.setRedefinedIssue(TEXT);
        c.setStage(Stage.DO);
        CaseSummary summary = new CaseSummary(c.getId(), town.getPrefecture(), town.getName(), List.of(2026), c.getProgramme(), CaseState.MS2,
                Stage.DO, false, TEXT, 2, Instant.EPOCH);
        List<Meeting> visits = List.of(visit(c, 1), visit(c, 2));
        CaseData data = CaseData.inMemory(c, town, summary, visits);
        List<ActionItem> open = new ArrayList<>();
        for (Meeting m : visits) {
            List<Participant> people = new ArrayList<>();
            List<ActionItem> items = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Participant p = new Participant();
                p.setMeetingId(m.getId());
                p.setName("氏名" + i);
                p.setOrganisation("関係機関" + i);
                p.setRole("包括");
                p.setSortOrder(i);
                people.add(p);
                ActionItem a = new ActionItem();
                a.setMeetingId(m.getId());
                a.setWhat(TEXT);
                a.setWho("市");
                a.setDue(m.getHeldOn().plusDays(30));
                a.setDone(i % 2 == 0);
                a.setSortOrder(i);
                items.add(a);
                if (!a.isDone()) {
                    open.add(a);
                }
            }
            MeetingPart part = new MeetingPart();
            part.setMeetingId(m.getId());
            part.setLabel("午後");
            part.setStartTime(LocalTime.of(13, 30));
            part.setEndTime(LocalTime.of(16, 30));
            part.setContent(TEXT);
            data.withMeetingRows(m.getId(), people, List.of(part), items);
        }
        board(data, c, visits.get(0));
        List<CaseIssue> issues = new ArrayList<>();
        for (int i = 0; i < ISSUES; i++) {
            CaseIssue issue = new CaseIssue();
            issue.setCaseId(c.getId());
            issue.setStatement("課題" + i + "：" + TEXT);
            issue.setVisionText(TEXT);
            issue.setCurrentText(TEXT);
            issue.setRank(i + 1);
            issue.setLevel(IssueLevel.values()[i % 3]);
            issue.setKind(IssueKind.values()[i % 2]);
            issue.setDirection(TEXT);
            issue.setDepartment("高齢福祉課");
            issues.add(issue);
        }
        List<RoadmapItem> roadmap = new ArrayList<>();
        List<ProgressEntry> progress = new ArrayList<>();
        for (int i = 0; i < ROADMAP_ITEMS; i++) {
            RoadmapItem item = new RoadmapItem();
            item.setCaseId(c.getId());
            item.setIssueId(issues.get(i).getId());
            item.setTitle("取組" + i);
            item.setOwners("市、包括");
            item.setPeriod(YearMonth.of(2026, 4).plusMonths(i), YearMonth.of(2026, 4).plusMonths(i + 6));
            item.setIndicatorName("指標" + i);
            item.setIndicatorTarget("年" + (10 + i) + "回");
            item.setSortOrder(i);
            roadmap.add(item);
            for (int e = 0; e < 2; e++) {
                ProgressEntry p = new ProgressEntry();
                p.setItemId(item.getId());
                p.setCaseId(c.getId());
                p.setRecordedOn(LocalDate.of(2026, 9, 30).plusMonths(6L * e));
                p.setIndicatorValue((i + e * 3) + "回");
                p.setAchievement(30 + e * 30);
                p.setComment("順調");
                p.setAuthor("府県");
                progress.add(p);
            }
        }
        TeamMember member = new TeamMember();
        member.setCaseId(c.getId());
        member.setName("支援者");
        member.setOrganisation("府県");
        member.setRole("アドバイザー");
        StateChange state = new StateChange();
        state.setCaseId(c.getId());
        state.setState(CaseState.MS2);
        state.setChangedOn(TODAY);
        state.setReason(TEXT);
        return data.withCaseRows(issues, roadmap, progress, List.of(snapshot(town, 2024, 43878), snapshot(town, 2026, 43100)),
                List.of(member), List.of(state), open);
    }

    private static Meeting visit(SupportCase c, int sequence) {
        Meeting m = new Meeting();
        m.setCaseId(c.getId());
        m.setKind(MeetingKind.VISIT);
        m.setSequence(sequence);
        m.setStatus(MeetingStatus.DONE);
        m.setHeldOn(TODAY.plusMonths(3L * (sequence - 1)));
        m.setPlannedMonth(m.getHeldOn());
        m.setStartTime(LocalTime.of(13, 30));
        m.setEndTime(LocalTime.of(16, 30));
        m.setFormat(MeetingFormat.ON_SITE);
        m.setPlace("市役所");
        m.setAgenda(TEXT);
        m.setTheme(TEXT);
        m.setIssues(TEXT.repeat(3));
        m.setComments(TEXT.repeat(10));
        m.setApproach(TEXT);
        m.setSummary(TEXT.repeat(5));
        return m;
    }

    /** あるべき姿 / 現状 / 課題, notes top to bottom in each lane. */
    private static void board(CaseData data, SupportCase c, Meeting m) {
        Board b = new Board();
        b.setCaseId(c.getId());
        b.setMeetingId(m.getId());
        b.setTitle("ボード");
        List<Lane> lanes = new ArrayList<>();
        List<Note> notes = new ArrayList<>();
        LaneRole[] roles = {LaneRole.VISION, LaneRole.CURRENT, LaneRole.ISSUE};
        for (int l = 0; l < roles.length; l++) {
            Lane lane = new Lane();
            lane.setBoardId(b.getId());
            lane.setTitle(roles[l].label());
            lane.setRole(roles[l]);
            lane.setSortOrder(l);
            lanes.add(lane);
            for (int i = 0; i < NOTES_PER_LANE; i++) {
                Note n = new Note();
                n.setBoardId(b.getId());
                n.setLaneId(lane.getId());
                n.setText(TEXT);
                n.setAuthor("市町村");
                n.setX(l * 400.0);
                n.setY(i * 130.0);
                n.setVotes(i % 5);
                n.setPriority(i % 7 == 0);
                notes.add(n);
            }
        }
        data.withBoard(b, lanes, notes);
    }

    private static ProfileSnapshot snapshot(Municipality town, int year, int population) {
        ProfileSnapshot s = new ProfileSnapshot();
        s.setMunicipalityId(town.getId());
        s.setAsOf(LocalDate.of(year, 4, 1));
        s.setPopulation(population);
        s.setHouseholds(18005);
        s.setElderlyPopulation(11883);
        s.setLateElderlyPopulation(5797);
        s.setCareCertificationRate(new BigDecimal("17.5"));
        return s;
    }
}
