package jp.banso.store.sync;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.banso.store.ServerChanges;
import jp.banso.store.Store;

/**
 * Which case a row of each synced table belongs to: the column of the row that leads there and, unless that column
 * is the case itself, the query from it to the case(s). The read-only guard asks it for every write
 * ({@link ReadOnlyCases}); the open case's workspace, for the rows sync brought.
 */
public final class CaseRows {
    /**
     * {@code casesSql} null: the column holds the case id; else a query of case ids taking the column's value.
     * {@code parent}: the table whose row the column names (null for a case or a municipality themselves).
     */
    record Path(String column, String casesSql, String parent) {
    }

    private static final Path BY_CASE = new Path("case_id", null, "support_case");
    private static final Path BY_MEETING = new Path("meeting_id", "select case_id from meeting where id = ?", "meeting");
    private static final Path BY_BOARD = new Path("board_id", "select case_id from board where id = ?", "board");
    /** A municipality and its 指標 belong to every case of the municipality. */
    static final String CASES_OF_MUNICIPALITY = "select id from support_case where municipality_id = ?";
    private static final Map<String, Path> PATHS = Map.ofEntries(
            Map.entry("support_case", new Path("id", null, null)),
            Map.entry("case_fiscal_year", BY_CASE), Map.entry("team_member", BY_CASE),
            Map.entry("state_change", BY_CASE), Map.entry("meeting", BY_CASE), Map.entry("board", BY_CASE),
            Map.entry("case_issue", BY_CASE), Map.entry("roadmap_item", BY_CASE), Map.entry("progress_entry", BY_CASE),
            Map.entry("meeting_part", BY_MEETING), Map.entry("participant", BY_MEETING),
            Map.entry("action_item", BY_MEETING),
            Map.entry("board_lane", BY_BOARD), Map.entry("note_group", BY_BOARD), Map.entry("board_note", BY_BOARD),
            Map.entry("note_link", BY_BOARD), Map.entry("vote_round", BY_BOARD), Map.entry("note_vote", BY_BOARD),
            Map.entry("municipality", new Path("id", CASES_OF_MUNICIPALITY, null)),
            Map.entry("profile_snapshot", new Path("municipality_id", CASES_OF_MUNICIPALITY, "municipality")));

    private CaseRows() {
    }

    static Path path(String table) {
        Path p = PATHS.get(table);
        if (p == null) {
            throw new IllegalArgumentException("no case decided for " + table);
        }
        return p;
    }

    /** The cases that rows sync applied belong to (as they were before, or are now: a deleted row too). */
    public static Set<UUID> casesOf(Store store, List<ServerChanges.Row> rows) {
        Set<UUID> cases = new LinkedHashSet<>();
        store.jdbi().useHandle(h -> {
            for (ServerChanges.Row r : rows) {
                Path p = PATHS.get(r.table());
                Map<String, Object> row = r.after() != null ? r.after() : r.before();
                Object owner = p == null || row == null ? null : row.get(p.column());
                if (owner == null) {
                    continue;
                }
                if (p.casesSql() == null) {
                    cases.add((UUID) owner);
                } else {
                    cases.addAll(h.createQuery(p.casesSql().replace("?", ":o")).bind("o", owner).mapTo(UUID.class).list());
                }
            }
        });
        return cases;
    }
}
