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
}
