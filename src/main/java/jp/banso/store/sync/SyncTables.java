package jp.banso.store.sync;

import java.util.List;

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
     * SQL giving the case id of the row {@code :id} of the table on this laptop (no row for a municipality's rows, which
     * belong to no one case): for the push to leave out rows of cases this laptop may only read.
     */
    static String caseOfRowSql(String table) {
        CaseRows.Path path = CaseRows.path(table);
        if (CaseRows.CASES_OF_MUNICIPALITY.equals(path.casesSql())) {
            return "select cast(null as uuid) from municipality where id = :id and 1 = 0";
        }
        String caseId = path.casesSql() == null ? "t." + path.column()
                : "(" + path.casesSql().replace("?", "t." + path.column()) + ")";
        return "select " + caseId + " from " + table + " t where t.id = :id";
    }

    /** The child tables of a table with the column that names the parent (for rows a local cascade would take along). */
    static List<String[]> children(String table) {
        List<String[]> out = new java.util.ArrayList<>();
        for (String t : ORDER) {
            CaseRows.Path path = CaseRows.path(t);
            if (table.equals(path.parent())) {
                out.add(new String[] {t, path.column()});
            }
        }
        return out;
    }
}
