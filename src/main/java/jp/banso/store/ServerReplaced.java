package jp.banso.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * What changes from the team server replaced, row by row, while a page may still hold a copy read before them: a
 * later save of such a copy merges field by field instead of writing the old values back ({@link EntityTable#save}).
 * Kept in memory only, for the rows changed since they were last saved here, at most {@link #LIMIT} rows (the oldest
 * are forgotten first; a page holds a copy for minutes, while sync brings a few rows at a time).
 */
final class ServerReplaced {
    static final int LIMIT = 10_000;

    /** table:id → the states the server's changes replaced, oldest first (each with its own updated_at). */
    private final Map<String, List<Map<String, Object>>> byRow = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Map<String, Object>>> eldest) {
            return size() > LIMIT;
        }
    };

    /** Inside sync's applying transaction (rolled back: the row still holds that state, and merging with it is moot). */
    synchronized void remember(Handle h, List<ServerChanges.Row> rows) {
        for (ServerChanges.Row r : rows) {
            if (r.before() != null && r.after() != null) { // new rows have no older copy; deleted ones no row to merge
                Map<String, Object> before = new LinkedHashMap<>();
                r.before().forEach((column, value) -> before.put(column.toLowerCase(Locale.ROOT), value));
                byRow.computeIfAbsent(key(r.table(), r.id()), k -> new ArrayList<>()).add(before);
            }
        }
    }

    /**
     * The state a copy stamped {@code updatedAt} was read as, when the server has changed the row since (null: the
     * copy is current). The row is forgotten: once saved, its copies are stamped anew.
     */
    synchronized Map<String, Object> take(String table, UUID id, Instant updatedAt) {
        List<Map<String, Object>> states = byRow.remove(key(table, id));
        if (states == null || updatedAt == null) {
            return null;
        }
        for (Map<String, Object> s : states) {
            if (ColumnValues.same(updatedAt, s.get("updated_at"))) {
                return s;
            }
        }
        return null;
    }

    synchronized boolean has(String table, UUID id) {
        return byRow.containsKey(key(table, id));
    }

    synchronized int size() {
        return byRow.size();
    }

    private static String key(String table, UUID id) {
        return table + ":" + id;
    }
}
