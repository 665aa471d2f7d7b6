package jp.banso.bundle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jp.banso.store.Store;

/** Every row of every table as text, sorted: two stores with equal dumps hold the same data, timestamps included. */
final class DbDump {
    /** Undo histories, sync bookkeeping and Flyway's record: per laptop, not case data. */
    static final Set<String> NOT_CASE_DATA = Set.of("board_history", "roadmap_history", "flyway_schema_history",
            "sync_change", "sync_base", "sync_inbox", "sync_conflict", "sync_log", "sync_case_access", "sync_setting",
            "deleted_row");

    private DbDump() {
    }

    /**
     * All tables (histories included): for "nothing changed". The change log is left out: a test that takes an import
     * back by deleting rows leaves marks there (deletions to send), which is right and not a change of case data.
     */
    static Map<String, List<String>> all(Store store) {
        return dump(store, Set.of("flyway_schema_history", "sync_change", "deleted_row"));
    }

    /** The case data (no histories): for "every entity equal" after a round trip. */
    static Map<String, List<String>> caseData(Store store) {
        return dump(store, NOT_CASE_DATA);
    }

    private static Map<String, List<String>> dump(Store store, Set<String> without) {
        return store.jdbi().withHandle(h -> {
            Map<String, List<String>> out = new TreeMap<>();
            List<String> tables = h.createQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name").mapTo(String.class).list();
            for (String t : tables) {
                if (without.contains(t)) {
                    continue;
                }
                List<String> rows = new ArrayList<>();
                h.createQuery("select * from " + t).map((rs, ctx) -> {
                    StringBuilder b = new StringBuilder();
                    int n = rs.getMetaData().getColumnCount();
                    for (int i = 1; i <= n; i++) {
                        b.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append(i < n ? " | " : "");
                    }
                    return b.toString();
                }).forEach(rows::add);
                rows.sort(null);
                out.put(t, rows);
            }
            return out;
        });
    }
}
