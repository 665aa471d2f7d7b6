package jp.banso.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.banso.store.sync.ChangeLogTrigger;
import org.jdbi.v3.core.Handle;

/**
 * Applies rows "from the team server" to a store exactly as the sync engine does: in ONE transaction the rows are
 * written under {@link ChangeLogTrigger#whileApplyingServerRows}, then {@code serverChanges().applying(h, rows)}; after
 * the commit {@code serverChanges().applied(rows)} (on the calling thread, as sync calls it on its own).
 */
public final class FromServer {
    private record Op(String table, UUID id, Map<String, Object> values, boolean delete) {
    }

    private final Store store;
    private final List<Op> ops = new ArrayList<>();

    private FromServer(Store store) {
        this.store = store;
    }

    public static FromServer on(Store store) {
        return new FromServer(store);
    }

    /** The server changed these columns of the row (its updated_at becomes a later time, as the server stamps it). */
    public FromServer update(String table, UUID id, Map<String, Object> values) {
        ops.add(new Op(table, id, values, false));
        return this;
    }

    public FromServer delete(String table, UUID id) {
        ops.add(new Op(table, id, Map.of(), true));
        return this;
    }

    /** Writes them all in one transaction and tells the listeners; returns the rows as sync hands them over. */
    public List<ServerChanges.Row> apply() {
        List<ServerChanges.Row> rows = store.jdbi().inTransaction(h -> ChangeLogTrigger.whileApplyingServerRows(() -> {
            List<ServerChanges.Row> out = new ArrayList<>();
            for (Op op : ops) {
                Map<String, Object> before = read(h, op.table(), op.id());
                if (op.delete()) {
                    h.createUpdate("delete from " + op.table() + " where id = :id").bind("id", op.id()).execute();
                } else {
                    Map<String, Object> values = new LinkedHashMap<>(op.values());
                    values.put("updated_at", Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS));
                    StringBuilder sql = new StringBuilder("update " + op.table() + " set ");
                    values.keySet().forEach(c -> sql.append(c).append(" = :").append(c).append(", "));
                    sql.setLength(sql.length() - 2);
                    var u = h.createUpdate(sql + " where id = :id").bind("id", op.id());
                    values.forEach(u::bind);
                    u.execute();
                }
                out.add(new ServerChanges.Row(op.table(), op.id(), before, op.delete() ? null : read(h, op.table(), op.id())));
            }
            store.serverChanges().applying(h, out);
            return out;
        }));
        store.serverChanges().applied(rows);
        return rows;
    }

    private static Map<String, Object> read(Handle h, String table, UUID id) {
        return h.createQuery("select * from " + table + " where id = :id").bind("id", id).mapToMap().findOne().orElse(null);
    }

    /** Marks the case read-only as sync does when the user left the team that owns it. */
    public static void readOnly(Store store, UUID caseId) {
        store.jdbi().useHandle(h -> h.createUpdate("insert into sync_case_access (case_id, access, since) values (:c, 'READ_ONLY', :t)")
                .bind("c", caseId).bind("t", Instant.parse("2026-04-01T00:00:00Z")).execute());
    }
}
