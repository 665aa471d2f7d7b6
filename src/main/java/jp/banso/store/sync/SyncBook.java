package jp.banso.store.sync;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The laptop's sync bookkeeping tables (schema v7): the change log, the bases, settings, conflicts and the log. Every
 * method works in the caller's transaction.
 */
final class SyncBook {
    /** What {@code sync_base.sent} holds for a deletion being sent. */
    static final String SENT_DELETION = "-";
    static final String CURSOR = "pulled_rev";
    static final String LAST_SYNCED = "last_synced_at";

    /** A row's base: the server's revision (0 = never there) and its data then (null = deleted); what is being sent. */
    record Base(long rev, Map<String, String> data, String sent) {
    }

    private SyncBook() {
    }

    static void setBase(Handle h, String table, UUID id, long rev, Map<String, String> data) {
        h.createUpdate("merge into sync_base (table_name, row_id, rev, data, sent) key (table_name, row_id) "
                + "values (:t, :id, :rev, :data, null)")
                .bind("t", table).bind("id", id).bind("rev", rev).bind("data", RowCodec.json(data)).execute();
    }

    /** The bases of the rows marked in a table, by id. */
    static Map<UUID, Base> markedBases(Handle h, String table) {
        Map<UUID, Base> out = new java.util.HashMap<>();
        h.createQuery("select b.row_id, b.rev, b.data, b.sent from sync_base b join sync_change c on c.table_name = b.table_name "
                + "and c.row_id = b.row_id where b.table_name = :t").bind("t", table)
                .map((rs, ctx) -> out.put((UUID) rs.getObject(1), new Base(rs.getLong(2), RowCodec.row(rs.getString(3)),
                        rs.getString(4)))).list();
        return out;
    }

    /** Notes what is about to be sent (kept across a crash: see {@code sync_base.sent}); one batch of statements. */
    static void markSending(Handle h, List<Push.Outgoing> rows) {
        var update = h.prepareBatch("update sync_base set sent = :s where table_name = :t and row_id = :id");
        var insert = h.prepareBatch("insert into sync_base (table_name, row_id, rev, data, sent) "
                + "select :t, :id, 0, null, :s where not exists (select 1 from sync_base where table_name = :t and row_id = :id)");
        for (Push.Outgoing o : rows) {
            String sent = o.deletion() ? SENT_DELETION : RowCodec.json(o.row());
            update.bind("s", sent).bind("t", o.table()).bind("id", o.id()).add();
            insert.bind("s", sent).bind("t", o.table()).bind("id", o.id()).add();
        }
        update.execute();
        insert.execute();
    }

    /** After the server committed: the new bases, and the marks cleared up to what was read (later edits stay). */
    static void acknowledge(Handle h, Map<Push.Outgoing, Long> done) {
        if (done.isEmpty()) {
            return;
        }
        var bases = h.prepareBatch("merge into sync_base (table_name, row_id, rev, data, sent) key (table_name, row_id) "
                + "values (:t, :id, :rev, :data, null)");
        var marks = h.prepareBatch("delete from sync_change where table_name = :t and row_id = :id and seq <= :s");
        for (Map.Entry<Push.Outgoing, Long> d : done.entrySet()) {
            Push.Outgoing o = d.getKey();
            // a deletion's base remembers its tombstone's revision (a row brought back is sent against it)
            bases.bind("t", o.table()).bind("id", o.id()).bind("rev", d.getValue()).bind("data", RowCodec.json(o.row())).add();
            marks.bind("t", o.table()).bind("id", o.id()).bind("s", o.seq()).add();
        }
        bases.execute();
        marks.execute();
    }

    static void dropBase(Handle h, String table, UUID id) {
        h.createUpdate("delete from sync_base where table_name = :t and row_id = :id").bind("t", table).bind("id", id).execute();
    }

    static boolean pending(Handle h, String table, UUID id) {
        return h.createQuery("select count(*) from sync_change where table_name = :t and row_id = :id")
                .bind("t", table).bind("id", id).mapTo(Integer.class).one() > 0;
    }

    /** Clears the row's mark, up to a sequence number (a change made after that stays to be sent), or all (-1). */
    static void clearPending(Handle h, String table, UUID id, long upToSeq) {
        h.createUpdate("delete from sync_change where table_name = :t and row_id = :id" + (upToSeq < 0 ? "" : " and seq <= :s"))
                .bind("t", table).bind("id", id).bind("s", upToSeq).execute();
    }

    static Optional<String> setting(Handle h, String name) {
        return h.createQuery("select setting_value from sync_setting where name = :n").bind("n", name).mapTo(String.class).findOne();
    }

    static void setSetting(Handle h, String name, String value) {
        h.createUpdate("merge into sync_setting (name, setting_value) key (name) values (:n, :v)").bind("n", name)
                .bind("v", value).execute();
    }

    static long cursor(Handle h) {
        return setting(h, CURSOR).map(Long::parseLong).orElse(0L);
    }

    static void log(Handle h, String kind, String summary) {
        h.createUpdate("insert into sync_log (at, kind, summary) values (:at, :k, :s)")
                .bind("at", Instant.now().truncatedTo(ChronoUnit.MILLIS)).bind("k", kind)
                .bind("s", summary.length() > 4000 ? summary.substring(0, 4000) : summary).execute();
        // the log is for people: the last few thousand lines are plenty
        h.execute("delete from sync_log where id < (select coalesce(max(id), 0) - 5000 from sync_log)");
    }

    static void conflict(Handle h, String table, UUID id, UUID caseId, String field, String mine, String server) {
        h.createUpdate("insert into sync_conflict (id, table_name, row_id, case_id, field, local_value, server_value, detected_at) "
                + "values (:id, :t, :r, :c, :f, :m, :s, :at)")
                .bind("id", UUID.randomUUID()).bind("t", table).bind("r", id).bind("c", caseId).bind("f", field)
                .bind("m", mine).bind("s", server).bind("at", Instant.now().truncatedTo(ChronoUnit.MILLIS)).execute();
    }

    /** The case a row of this laptop belongs to (null for a municipality's rows or a row no longer here). */
    static UUID caseOf(Handle h, String table, UUID id) {
        return h.createQuery(SyncTables.caseOfRowSql(table)).bind("id", id).mapTo(UUID.class).findOne().orElse(null);
    }
}
