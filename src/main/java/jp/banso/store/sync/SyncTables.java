package jp.banso.store.sync;

import java.util.List;
import java.util.Map;

/**
 * The tables sync carries, parents before children (rows are written in this order and deleted in the reverse, so a
 * note never arrives before its board), and how a row of each finds its case. Undo histories, note authors and the
 * sync bookkeeping are per laptop and not synced. A case's 年度 (case_fiscal_year) travel as the field
 * {@link #FISCAL_YEARS} of their case.
 */
final class SyncTables {
    static final List<String> ORDER = List.of("municipality", "profile_snapshot", "support_case", "team_member",
            "state_change", "meeting", "meeting_part", "participant", "action_item", "board", "board_lane", "note_group",
            "board_note", "note_link", "vote_round", "note_vote", "case_issue", "roadmap_item", "progress_entry");

    /** The field of a support_case row that carries its 年度, e.g. "2025,2026". */
    static final String FISCAL_YEARS = "fiscal_years";

    /** Tables whose rows hang under a parent other than the case: the parent's table and the column naming it. */
    private static final Map<String, String[]> PARENT = Map.ofEntries(
            Map.entry("meeting_part", new String[] {"meeting", "meeting_id"}),
            Map.entry("participant", new String[] {"meeting", "meeting_id"}),
            Map.entry("action_item", new String[] {"meeting", "meeting_id"}),
            Map.entry("board_lane", new String[] {"board", "board_id"}),
            Map.entry("note_group", new String[] {"board", "board_id"}),
            Map.entry("board_note", new String[] {"board", "board_id"}),
            Map.entry("note_link", new String[] {"board", "board_id"}),
            Map.entry("vote_round", new String[] {"board", "board_id"}),
            Map.entry("note_vote", new String[] {"board", "board_id"}),
            Map.entry("profile_snapshot", new String[] {"municipality", "municipality_id"}));

    private SyncTables() {
    }

    static int rank(String table) {
        int i = ORDER.indexOf(table);
        if (i < 0) {
            throw new IllegalArgumentException("not a synced table: " + table);
        }
        return i;
    }

    static boolean isSynced(String table) {
        return ORDER.contains(table);
    }

    /**
     * SQL giving the case id of the row {@code :id} of the table on this laptop (no row for municipality-level rows):
     * for the push to leave out rows of cases this laptop may only read.
     */
    static String caseOfRowSql(String table) {
        if (table.equals("support_case")) {
            return "select id from support_case where id = :id";
        }
        if (table.equals("municipality") || table.equals("profile_snapshot")) {
            return "select cast(null as uuid) from municipality where id = :id and 1 = 0"; // binds :id like the others
        }
        String[] parent = PARENT.get(table);
        if (parent == null) {
            return "select case_id from " + table + " where id = :id";
        }
        return "select p.case_id from " + table + " t join " + parent[0] + " p on p.id = t." + parent[1] + " where t.id = :id";
    }

    /** The child tables of a table with the column that names the parent (for rows a local cascade would take along). */
    static List<String[]> children(String table) {
        List<String[]> out = new java.util.ArrayList<>();
        for (String t : ORDER) {
            String[] parent = PARENT.get(t);
            if (parent != null && parent[0].equals(table)) {
                out.add(new String[] {t, parent[1]});
            } else if (parent == null && table.equals("support_case") && !t.equals("support_case")
                    && !t.equals("municipality") && !t.equals("profile_snapshot")) {
                out.add(new String[] {t, "case_id"});
            }
        }
        return out;
    }
}
