package jp.banso.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

import jp.banso.domain.CaseState;
import jp.banso.domain.ItemStatus;
import jp.banso.domain.Meeting;
import jp.banso.domain.MeetingKind;
import jp.banso.domain.Portfolio;
import jp.banso.domain.PortfolioRow;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapFollowUp;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.Stage;

/**
 * Reads a prefecture's portfolio: a few set-wide queries (one per kind of fact, never one per case), put together by
 * {@link Portfolio#assemble}. Runs off the FX thread.
 */
public final class PortfolioRepository {
    /** The tables a portfolio is read from: a write to any other (a note, a record) leaves it as it is. */
    public static final Set<String> TABLES = Set.of("municipality", "support_case", "case_fiscal_year", "state_change",
            "meeting", "action_item", "roadmap_item", "progress_entry");

    private final Jdbi jdbi;

    PortfolioRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The portfolio of {@code prefectures} (in that order) as of {@code today}. */
    public Portfolio load(List<String> prefectures, LocalDate today) {
        if (prefectures.isEmpty()) {
            return new Portfolio(today, List.of(), List.of());
        }
        return jdbi.inTransaction(h -> {
            List<Portfolio.Town> towns = bind(h.createQuery("select id, prefecture, name, code from municipality m where m.prefecture in (<p>)"),
                    prefectures).map((rs, ctx) -> new Portfolio.Town(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                    rs.getString(4))).list();
            Map<UUID, List<Integer>> years = new HashMap<>();
            bind(h.createQuery("select y.case_id, y.fiscal_year from case_fiscal_year y" + chosenCases("y")
                    + " order by y.fiscal_year"), prefectures)
                    .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getInt(2)))
                    .forEach(e -> years.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            Map<UUID, List<PortfolioRow.StatePoint>> states = new HashMap<>();
            bind(h.createQuery("select s.case_id, s.changed_on, s.state from state_change s" + chosenCases("s")
                    + " order by s.changed_on, s.created_at"), prefectures)
                    .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class),
                            new PortfolioRow.StatePoint(rs.getObject(2, LocalDate.class), CaseState.valueOf(rs.getString(3)))))
                    .forEach(e -> states.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            Map<UUID, LocalDate> lastContact = new HashMap<>();
            bind(h.createQuery("select mt.case_id, max(mt.held_on) from meeting mt" + chosenCases("mt")
                    + " and mt.status = 'DONE' and mt.held_on is not null group by mt.case_id"), prefectures)
                    .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                    .forEach(e -> lastContact.put(e.getKey(), e.getValue()));
            Map<UUID, PortfolioRow.NextMeeting> next = nextMeetings(h, prefectures, today);
            Map<UUID, int[]> items = new HashMap<>();
            bind(h.createQuery("select mt.case_id, count(*), sum(case when a.due < :today then 1 else 0 end) from action_item a"
                    + " join meeting mt on mt.id = a.meeting_id" + chosenCases("mt")
                    + " and not a.done and mt.status <> 'CANCELLED' group by mt.case_id"), prefectures)
                    .bind("today", today)
                    .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), new int[] {rs.getInt(2), rs.getInt(3)}))
                    .forEach(e -> items.put(e.getKey(), e.getValue()));
            Map<UUID, int[]> attention = roadmapAttention(h, prefectures, today);
            List<Portfolio.CaseFacts> facts = bind(h.createQuery("select c.id, c.municipality_id, c.programme, c.stage, c.archived from support_case c"
                    + " join municipality m on m.id = c.municipality_id where m.prefecture in (<p>)"),
                    prefectures).map((rs, ctx) -> {
                        UUID id = rs.getObject(1, UUID.class);
                        String stage = rs.getString(4);
                        int[] open = items.getOrDefault(id, new int[2]);
                        int[] late = attention.getOrDefault(id, new int[2]);
                        return new Portfolio.CaseFacts(id, rs.getObject(2, UUID.class), rs.getString(3),
                                stage == null ? null : Stage.valueOf(stage), rs.getBoolean(5),
                                List.copyOf(years.getOrDefault(id, List.of())), List.copyOf(states.getOrDefault(id, List.of())),
                                lastContact.get(id), next.get(id), open[0], open[1], late[0], late[1]);
                    }).list();
            return Portfolio.assemble(today, prefectures, towns, facts);
        });
    }

    /** The prefectures of the towns that have a case, in no order (what the portfolio shows first). */
    public List<String> prefecturesOfCases() {
        return jdbi.withHandle(h -> h.createQuery("select distinct m.prefecture from support_case c join municipality m on m.id = c.municipality_id")
                .mapTo(String.class).list());
    }

    /** Each case's next planned meeting: the earliest fixed date from today on, else the earliest month from this one on. */
    private static Map<UUID, PortfolioRow.NextMeeting> nextMeetings(Handle h, List<String> prefectures, LocalDate today) {
        Map<UUID, PortfolioRow.NextMeeting> next = new HashMap<>();
        bind(h.createQuery("select mt.case_id, mt.kind, mt.sequence, mt.title, mt.held_on, mt.planned_month from meeting mt"
                + chosenCases("mt") + " and mt.status = 'PLANNED'"
                + " and (mt.held_on >= :today or (mt.held_on is null and mt.planned_month >= :month))"), prefectures)
                .bind("today", today).bind("month", YearMonth.from(today).atDay(1))
                .map((rs, ctx) -> {
                    LocalDate month = rs.getObject(6, LocalDate.class);
                    Meeting m = new Meeting();
                    m.setKind(MeetingKind.valueOf(rs.getString(2)));
                    m.setSequence((Integer) rs.getObject(3));
                    m.setTitle(rs.getString(4));
                    return new PortfolioRow.NextMeeting(rs.getObject(1, UUID.class), m.displayTitle(),
                            rs.getObject(5, LocalDate.class), month == null ? null : YearMonth.from(month));
                })
                .forEach(m -> next.merge(m.caseId(), m, (a, b) -> a.sortDate().isAfter(b.sortDate()) ? b : a));
        return next;
    }

    /**
     * Late and silent roadmap items per case, by the rule the case overview uses ({@link RoadmapFollowUp}), from the
     * active items and each item's latest progress entry.
     */
    private static Map<UUID, int[]> roadmapAttention(Handle h, List<String> prefectures, LocalDate today) {
        Map<UUID, List<RoadmapItem>> itemsByCase = new HashMap<>();
        Map<UUID, List<ProgressEntry>> latestByCase = new HashMap<>();
        bind(h.createQuery("select r.id, r.case_id, r.title, r.start_month, r.end_month, r.status, r.sort_order,"
                + " (select max(p.recorded_on) from progress_entry p where p.item_id = r.id) from roadmap_item r"
                + chosenCases("r") + " and r.status in ('NOT_STARTED', 'IN_PROGRESS')"), prefectures)
                .map((rs, ctx) -> {
                    RoadmapItem item = new RoadmapItem();
                    item.setId(rs.getObject(1, UUID.class));
                    item.setCaseId(rs.getObject(2, UUID.class));
                    item.setTitle(rs.getString(3));
                    item.setStartMonth(rs.getObject(4, LocalDate.class));
                    item.setEndMonth(rs.getObject(5, LocalDate.class));
                    item.setStatus(ItemStatus.valueOf(rs.getString(6)));
                    item.setSortOrder(rs.getInt(7));
                    LocalDate last = rs.getObject(8, LocalDate.class);
                    if (last != null) {
                        ProgressEntry p = new ProgressEntry();
                        p.setItemId(item.getId());
                        p.setRecordedOn(last);
                        latestByCase.computeIfAbsent(item.getCaseId(), k -> new ArrayList<>()).add(p);
                    }
                    return item;
                })
                .forEach(item -> itemsByCase.computeIfAbsent(item.getCaseId(), k -> new ArrayList<>()).add(item));
        Map<UUID, int[]> result = new HashMap<>();
        itemsByCase.forEach((caseId, items) -> {
            int[] counts = new int[2];
            for (RoadmapFollowUp.Attention a : RoadmapFollowUp.check(items, latestByCase.getOrDefault(caseId, List.of()), today)) {
                counts[a.reason() == RoadmapFollowUp.Reason.LATE ? 0 : 1]++;
            }
            result.put(caseId, counts);
        });
        return result;
    }

    /**
     * Joins the rows of table {@code alias} (which has a case_id) to their case and town and keeps those of the chosen
     * prefectures; the caller adds its conditions with {@code and}. A join, not {@code case_id in (select …)}: H2
     * reads all of Japan's 2,000 cases a third faster so (the same for one prefecture).
     */
    private static String chosenCases(String alias) {
        return " join support_case c on c.id = " + alias + ".case_id join municipality m on m.id = c.municipality_id"
                + " where m.prefecture in (<p>)";
    }

    private static Query bind(Query q, List<String> prefectures) {
        return q.bindList("p", prefectures);
    }
}
