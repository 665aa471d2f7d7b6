package jp.banso.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import jp.banso.domain.ActionItem;
import jp.banso.domain.CaseState;
import jp.banso.domain.Choices;
import jp.banso.domain.Meeting;
import jp.banso.domain.Municipality;
import jp.banso.domain.ScheduleProposal;
import jp.banso.domain.Stage;
import jp.banso.domain.StateChange;
import jp.banso.domain.SupportCase;

/** Realistic bulk data for benchmarks: municipalities × years of cases, each with a year's meetings. */
public final class BenchData {
    private BenchData() {
    }

    /** {@code municipalities × years} cases, written in one transaction per municipality. */
    public static void fill(Store store, int municipalities, int years, long seed) {
        Random r = new Random(seed);
        Stage[] stages = Stage.values();
        CaseState[] states = CaseState.values();
        CaseRepository cases = store.cases();
        MeetingRepository meetings = store.meetings();
        for (int index = 0; index < municipalities; index++) {
            final int i = index;
            Municipality m = new Municipality(Choices.PREFECTURES.get(i % Choices.PREFECTURES.size()), "市町村" + i);
            store.jdbi().useTransaction(h -> {
                cases.municipalitiesTable().save(h, m);
                for (int y = 0; y < years; y++) {
                    int fiscalYear = 2016 + y;
                    SupportCase c = new SupportCase();
                    c.setMunicipalityId(m.getId());
                    c.setProgramme(Choices.PROGRAMMES.get(r.nextInt(3)));
                    c.setStage(stages[r.nextInt(stages.length)]);
                    c.setApplicationTheme("通所型サービスＣの利用者が少ない " + r.nextInt(1000));
                    cases.casesTable().save(h, c);
                    h.createUpdate("insert into case_fiscal_year (case_id, fiscal_year) values (:c, :y)")
                            .bind("c", c.getId()).bind("y", fiscalYear).execute();
                    StateChange s = new StateChange();
                    s.setCaseId(c.getId());
                    s.setState(states[r.nextInt(states.length)]);
                    s.setChangedOn(LocalDate.of(fiscalYear, 6, 1));
                    cases.statesTable().save(h, s);
                    List<Meeting> flow = ScheduleProposal.nationalFlow(c.getId(), fiscalYear);
                    for (Meeting meeting : flow) {
                        meetings.meetingsTable().save(h, meeting);
                    }
                    ActionItem a = new ActionItem();
                    a.setMeetingId(flow.get(1).getId());
                    a.setWhat("宿題 " + i + "-" + y);
                    a.setDone(r.nextBoolean());
                    meetings.actionItemsTable().save(h, a);
                }
            });
        }
    }

    /** A board of {@code count} notes spread over its lanes, written in one transaction (what hours of group work leave). */
    public static void fillBoard(Store store, jp.banso.board.BoardModel model, int count, long seed) {
        Random r = new Random(seed);
        List<jp.banso.domain.Lane> lanes = model.lanes();
        String[] authors = {"市町村", "包括", "社協", "SC", "住民", "アドバイザー"};
        store.jdbi().useTransaction(h -> {
            for (int i = 0; i < count; i++) {
                int lane = i % lanes.size();
                int slot = i / lanes.size();
                jp.banso.domain.Note n = new jp.banso.domain.Note();
                n.setBoardId(model.board().getId());
                n.setLaneId(lanes.get(lane).getId());
                n.setText("付箋 " + i + "：通所型サービスＣの利用者を増やすために、送迎と開始時期を見直す");
                n.setAuthor(authors[r.nextInt(authors.length)]);
                n.setX(jp.banso.board.BoardLayout.laneX(lane) + 16 + (slot % 2) * 196);
                n.setY(80 + (slot / 2) * 128);
                n.setVotes(r.nextInt(4));
                store.boards().notesTable().save(h, n);
            }
        });
    }

    /**
     * {@code count} cases as a year of real support leaves them (for the backup and bundle figures): the year's
     * meetings of the national flow, three of them recorded (text, participants, action items), a board of 40 notes,
     * 10 課題 and a roadmap item for each with two progress entries. Written through the same calls as the screens.
     */
    public static void fillFullCases(Store store, int count, long seed) {
        Random r = new Random(seed);
        String para = "通所型サービスＣの利用者を増やすために、送迎と教室の開始時期を見直し、卒業後の活躍の場を関係者で話し合う。";
        jp.banso.board.TemplateLibrary templates = jp.banso.board.TemplateLibrary.load(null);
        for (int i = 0; i < count; i++) {
            int fiscalYear = 2020 + i % 6;
            SupportCase c = new SupportCase();
            c.setProgramme(Choices.PROGRAMMES.get(r.nextInt(3)));
            c.setApplicationTheme("通所型サービスＣの利用者が少ない " + i);
            c.setNote(para);
            store.cases().create(new Municipality(Choices.PREFECTURES.get(i % Choices.PREFECTURES.size()), "全件ベンチ市" + i),
                    c, List.of(fiscalYear));
            List<Meeting> flow = ScheduleProposal.nationalFlow(c.getId(), fiscalYear);
            store.jdbi().useTransaction(h -> {
                for (int k = 0; k < flow.size(); k++) {
                    Meeting m = flow.get(k);
                    if (k < 3) {
                        m.setAgenda(para);
                        m.setTheme(para);
                        m.setIssues(para.repeat(2));
                        m.setComments(para.repeat(3));
                        m.setSummary(para.repeat(3));
                        m.setPlace("市役所 会議室");
                    }
                    store.meetings().meetingsTable().save(h, m);
                    if (k < 3) {
                        for (int a = 0; a < 3; a++) {
                            ActionItem x = new ActionItem();
                            x.setMeetingId(m.getId());
                            x.setWhat("宿題 " + a + "：" + para);
                            x.setWho("市");
                            x.setSortOrder(a);
                            store.meetings().actionItemsTable().save(h, x);
                        }
                    }
                }
            });
            for (int k = 0; k < 3; k++) {
                for (int p = 0; p < 5; p++) {
                    jp.banso.domain.Participant x = new jp.banso.domain.Participant();
                    x.setMeetingId(flow.get(k).getId());
                    x.setOrganisation("関係機関 " + p);
                    x.setSortOrder(p);
                    store.meetings().save(x);
                }
            }
            var board = jp.banso.board.BoardModel.create(store.boards(), c.getId(), flow.get(1).getId(), "グループワーク",
                    templates.defaultTemplate());
            fillBoard(store, new jp.banso.board.BoardModel(store.boards(), board.getId()), 40, seed + i);
            for (int k = 0; k < 10; k++) {
                jp.banso.domain.CaseIssue issue = new jp.banso.domain.CaseIssue();
                issue.setCaseId(c.getId());
                issue.setStatement("課題 " + k + "：通所Ｃの位置付けと対象者像を、包括・ケアマネ・事業所と共有する");
                issue.setVisionText("通所Ｃで元気になった高齢者が、地域のボランティアとして活躍している");
                issue.setCurrentText("通所Ｃの利用者が非常に少ない");
                issue.setDirection("関係者の会議で検討する");
                store.boards().save(issue);
            }
            var roadmap = new jp.banso.roadmap.RoadmapModel(store.roadmaps(), store.boards(), c.getId());
            var items = roadmap.addFromIssues(roadmap.issues().stream().map(jp.banso.domain.CaseIssue::getId).toList(),
                    java.time.YearMonth.of(fiscalYear, 4));
            for (var item : items) {
                roadmap.addProgress(item.getId(), LocalDate.of(fiscalYear, 9, 30), "3回", 30, "順調", "府県");
                roadmap.addProgress(item.getId(), LocalDate.of(fiscalYear + 1, 3, 31), "8回", 60, "担い手の研修を開始", "府県");
            }
        }
    }

    /**
     * {@code count} cases on real towns of the national list (so they land on the portfolio's rows), spread over all
     * 47 prefectures, each supported town for one to five consecutive 年度 (a case per 年度, {@value #CASES_PER_TOWN_AVERAGE}
     * on average, the last of them up to five years ago), with a state history that moves up and down, the national flow of meetings
     * (those before {@code today} held, the rest planned), 宿題 some of them past due, and three roadmap items with
     * their progress (some late, some without news for months; a past year's mostly done). Written one town per transaction.
     */
    public static void fillPortfolio(Store store, int count, LocalDate today, long seed) {
        Random r = new Random(seed);
        List<jp.banso.domain.MunicipalityMaster.Entry> all = new java.util.ArrayList<>();
        jp.banso.domain.MunicipalityMaster.get().prefectures()
                .forEach(p -> all.addAll(jp.banso.domain.MunicipalityMaster.get().municipalitiesOf(p)));
        java.util.Collections.shuffle(all, r);
        CaseState[] states = CaseState.values();
        Stage[] stages = Stage.values();
        int thisYear = jp.banso.domain.JapaneseDates.fiscalYearOf(today);
        int made = 0;
        for (int t = 0; made < count; t++) {
            jp.banso.domain.MunicipalityMaster.Entry town = all.get(t % all.size());
            int years = Math.min(count - made, 1 + r.nextInt(2 * CASES_PER_TOWN_AVERAGE - 1));
            int firstYear = thisYear - r.nextInt(6) - years + 1;
            Municipality m = Municipality.of(town);
            boolean known = store.cases().municipality(m.getId()).isPresent(); // the demo case's town, say
            store.jdbi().useTransaction(h -> {
                if (!known) {
                    store.cases().municipalitiesTable().save(h, m);
                }
                int state = r.nextInt(states.length);
                for (int y = 0; y < years; y++) {
                    int fiscalYear = firstYear + y;
                    SupportCase c = new SupportCase();
                    c.setMunicipalityId(m.getId());
                    c.setProgramme(Choices.PROGRAMMES.get(r.nextInt(Choices.PROGRAMMES.size())));
                    c.setStage(stages[Math.min(stages.length - 1, y * 2 + r.nextInt(3))]);
                    c.setApplicationTheme("通所型サービスＣの利用者が少ない");
                    store.cases().casesTable().save(h, c);
                    h.createUpdate("insert into case_fiscal_year (case_id, fiscal_year) values (:c, :y)")
                            .bind("c", c.getId()).bind("y", fiscalYear).execute();
                    int changes = 1 + r.nextInt(3);
                    for (int k = 0; k < changes; k++) {
                        state = Math.max(0, Math.min(states.length - 1, state + r.nextInt(3) - 1));
                        StateChange s = new StateChange();
                        s.setCaseId(c.getId());
                        s.setState(states[state]);
                        s.setChangedOn(LocalDate.of(fiscalYear, 5, 1).plusMonths(4L * k));
                        store.cases().statesTable().save(h, s);
                    }
                    List<Meeting> flow = ScheduleProposal.nationalFlow(c.getId(), fiscalYear);
                    for (Meeting meeting : flow) {
                        if (meeting.getPlannedMonth().isBefore(today.withDayOfMonth(1))) {
                            meeting.setStatus(jp.banso.domain.MeetingStatus.DONE);
                            meeting.setHeldOn(meeting.getPlannedMonth().plusDays(9));
                        }
                        store.meetings().meetingsTable().save(h, meeting);
                    }
                    for (int a = 0; a < 3; a++) {
                        ActionItem item = new ActionItem();
                        item.setMeetingId(flow.get(1 + a).getId());
                        item.setWhat("宿題 " + a + "：関係者の名簿を作る");
                        item.setDue(flow.get(1 + a).getPlannedMonth().plusMonths(1));
                        item.setDone(fiscalYear < thisYear ? r.nextInt(8) > 0 : r.nextInt(3) > 0); // past years' mostly done
                        item.setSortOrder(a);
                        store.meetings().actionItemsTable().save(h, item);
                    }
                    for (int k = 0; k < 3; k++) {
                        jp.banso.domain.RoadmapItem item = new jp.banso.domain.RoadmapItem();
                        item.setCaseId(c.getId());
                        item.setTitle("取組 " + k + "：通いの場の担い手を育てる");
                        java.time.YearMonth start = java.time.YearMonth.of(fiscalYear, 4 + k * 2);
                        item.setPeriod(start, start.plusMonths(6 + r.nextInt(18)));
                        // a past year's items mostly finished; this year's under way
                        item.setStatus(fiscalYear < thisYear && r.nextInt(4) > 0 ? jp.banso.domain.ItemStatus.DONE
                                : jp.banso.domain.ItemStatus.values()[r.nextInt(3)]);
                        item.setSortOrder(k);
                        store.roadmaps().itemsTable().save(h, item);
                        int entries = r.nextInt(3);
                        for (int p = 0; p < entries; p++) {
                            jp.banso.domain.ProgressEntry e = new jp.banso.domain.ProgressEntry();
                            e.setCaseId(c.getId());
                            e.setItemId(item.getId());
                            e.setRecordedOn(start.plusMonths(3L + 4L * p).atEndOfMonth());
                            e.setAchievement(20 + 30 * p);
                            e.setComment("順調");
                            store.roadmaps().progressTable().save(h, e);
                        }
                    }
                }
            });
            made += years;
        }
    }

    /** How many 年度 (cases) a supported town has on average in {@link #fillPortfolio}. */
    private static final int CASES_PER_TOWN_AVERAGE = 3;
}
