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
        List<jp.banso.board.Lane> lanes = model.lanes();
        String[] authors = {"市町村", "包括", "社協", "SC", "住民", "アドバイザー"};
        store.jdbi().useTransaction(h -> {
            for (int i = 0; i < count; i++) {
                int lane = i % lanes.size();
                int slot = i / lanes.size();
                jp.banso.board.Note n = new jp.banso.board.Note();
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
}
