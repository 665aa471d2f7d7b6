package jp.banso.store.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import jp.banso.store.EntityJson;
import jp.banso.store.ServerChanges;
import jp.banso.store.Store;
import org.jdbi.v3.core.Handle;

/**
 * Applies the pulled rows waiting in {@code sync_inbox} to this laptop, in one local transaction: rows parents first,
 * deletions children first. A row not changed here is simply replaced. A row changed here too is merged field by field
 * against the base (the server's version this laptop last had): a field changed on one side only takes that side; a
 * field changed on both takes the server's value and this laptop's is kept as a conflict. A deletion on one side and a
 * change on the other: the server's version wins and this laptop's is kept as a conflict. Nothing is dropped silently.
 */
final class InboxApply {
    /** Fields that every save changes: never a conflict (the server's stamp is taken when nothing of ours remains). */
    private static final Set<String> STAMPS = Set.of("created_at", "updated_at");

    private final Store store;
    private final RowCodec codec;
    private int conflicts;
    private Here here;

    /**
     * This laptop's side of the rows in the inbox, read once per table (a first sync applies tens of thousands): the
     * rows themselves (locked until the apply commits, so an edit made meanwhile waits and is not overwritten), their
     * bases and whether they are marked.
     */
    private final class Here {
        private final Map<String, Map<UUID, Map<String, String>>> rows = new java.util.HashMap<>();
        private final Map<String, Map<UUID, SyncBook.Base>> bases = new java.util.HashMap<>();
        private final Map<String, Set<UUID>> marked = new java.util.HashMap<>();

        private void load(Handle h, String table) {
            if (rows.containsKey(table)) {
                return;
            }
            String inbox = "(select row_id from sync_inbox where table_name = :t)";
            Map<UUID, Map<String, String>> found = codec.readWhere(h, table, "id in " + inbox, true);
            rows.put(table, found);
            Map<UUID, SyncBook.Base> b = new java.util.HashMap<>();
            h.createQuery("select row_id, rev, data, sent from sync_base where table_name = :t and row_id in " + inbox)
                    .bind("t", table).map((rs, ctx) -> b.put((UUID) rs.getObject(1), new SyncBook.Base(rs.getLong(2),
                            RowCodec.row(rs.getString(3)), rs.getString(4)))).list();
            bases.put(table, b);
            marked.put(table, new java.util.HashSet<>(h.createQuery("select row_id from sync_change where table_name = :t "
                    + "and row_id in " + inbox).bind("t", table).mapTo(UUID.class).list()));
        }

        SyncBook.Base base(Handle h, String table, UUID id) {
            load(h, table);
            return bases.get(table).get(id);
        }

        Map<String, String> row(Handle h, String table, UUID id) {
            load(h, table);
            return rows.get(table).get(id);
        }

        boolean pending(Handle h, String table, UUID id) {
            load(h, table);
            return marked.get(table).contains(id);
        }
    }

    InboxApply(Store store, RowCodec codec) {
        this.store = store;
        this.codec = codec;
    }

    /** Applies the inbox; returns the number of new conflicts. */
    int apply() {
        List<ServerChanges.Row> applied = new ArrayList<>();
        conflicts = 0;
        here = new Here();
        ChangeLogTrigger.whileApplyingServerRows(() -> store.jdbi().inTransaction(h -> {
            Map<String, Pull.Incoming> latest = new LinkedHashMap<>();
            for (Pull.Incoming in : h.createQuery("select rev, table_name, row_id, data from sync_inbox order by rev")
                    .map((rs, ctx) -> new Pull.Incoming(rs.getLong(1), rs.getString(2), (UUID) rs.getObject(3), rs.getString(4)))
                    .list()) {
                latest.put(in.table() + "/" + in.id(), in); // a row fetched twice (a resumed pull): its newest state counts
            }
            Comparator<Pull.Incoming> byRank = Comparator.comparingInt(in -> SyncTables.rank(in.table()));
            latest.values().stream().filter(in -> in.data() != null).sorted(byRank.thenComparingLong(Pull.Incoming::rev))
                    .forEach(in -> guarded(h, in, () -> upsert(h, in, applied)));
            latest.values().stream().filter(in -> in.data() == null).sorted(byRank.reversed().thenComparingLong(Pull.Incoming::rev))
                    .forEach(in -> guarded(h, in, () -> delete(h, in, applied)));
            store.serverChanges().applying(h, applied);
            h.execute("delete from sync_inbox");
            return null;
        }));
        if (!applied.isEmpty()) {
            store.serverChanges().applied(applied);
        }
        return conflicts;
    }

    /**
     * One row, behind a savepoint: a row this database refuses (its parent is gone here) must not stop every later sync.
     * It is kept as a conflict with the server's version, and the rest is applied.
     */
    private void guarded(Handle h, Pull.Incoming in, Runnable work) {
        String savepoint = "row";
        h.savepoint(savepoint);
        try {
            work.run();
            h.release(savepoint);
        } catch (RuntimeException e) {
            h.rollbackToSavepoint(savepoint);
            java.util.logging.Logger.getLogger(InboxApply.class.getName()).warning("server row not applied: " + in + ": " + e);
            record(h, in.table(), in.id(), null, null, null, in.data());
        }
    }

    private void upsert(Handle h, Pull.Incoming in, List<ServerChanges.Row> applied) {
        SyncBook.Base base = here.base(h, in.table(), in.id());
        if (base != null && base.rev() == in.rev() && base.sent() == null) {
            return; // this laptop already has this version (its own write coming back)
        }
        Map<String, String> server = codec.fromServer(in.table(), json(in.data()));
        Map<String, String> mine = here.row(h, in.table(), in.id());
        boolean pending = here.pending(h, in.table(), in.id());
        Map<String, String> ancestor = ancestor(base, server);
        if (!pending) {
            write(h, in, server, mine, applied);
            return;
        }
        if (mine == null) {
            if (ancestor != null && sameContent(ancestor, server)) {
                SyncBook.setBase(h, in.table(), in.id(), in.rev(), server); // our deletion still goes out next time
                return;
            }
            // deleted here, changed there: the server's version is back, our deletion kept as a conflict
            write(h, in, server, null, applied);
            SyncBook.clearPending(h, in.table(), in.id(), -1);
            record(h, in.table(), in.id(), caseOf(h, in.table(), in.id(), server), null, null, RowCodec.json(server));
            return;
        }
        Map<String, String> merged = new java.util.TreeMap<>();
        Set<String> fields = new TreeSet<>(server.keySet());
        fields.addAll(mine.keySet());
        UUID caseId = caseOf(h, in.table(), in.id(), server);
        for (String f : fields) {
            String m = mine.get(f);
            String s = server.get(f);
            String b = ancestor == null ? null : ancestor.get(f);
            if (STAMPS.contains(f) || Objects.equals(m, s)) {
                merged.put(f, s);
            } else if (ancestor != null && Objects.equals(m, b)) {
                merged.put(f, s);
            } else if (ancestor != null && Objects.equals(s, b)) {
                merged.put(f, m);
            } else {
                merged.put(f, s);
                record(h, in.table(), in.id(), caseId, f, m, s);
            }
        }
        boolean oursRemain = !sameContent(merged, server);
        if (oursRemain) {
            merged.put("updated_at", mine.get("updated_at"));
        }
        write(h, in, merged, mine, applied);
        if (!oursRemain) {
            SyncBook.clearPending(h, in.table(), in.id(), -1);
        }
        SyncBook.setBase(h, in.table(), in.id(), in.rev(), server);
    }

    private void write(Handle h, Pull.Incoming in, Map<String, String> row, Map<String, String> before,
            List<ServerChanges.Row> applied) {
        if (!row.equals(before)) {
            codec.write(h, in.table(), row);
            applied.add(new ServerChanges.Row(in.table(), in.id(), objects(in.table(), before), objects(in.table(), row)));
        }
        SyncBook.setBase(h, in.table(), in.id(), in.rev(), row);
    }

    private void delete(Handle h, Pull.Incoming in, List<ServerChanges.Row> applied) {
        Map<String, String> mine = here.row(h, in.table(), in.id());
        boolean pending = here.pending(h, in.table(), in.id());
        if (mine == null) {
            SyncBook.setBase(h, in.table(), in.id(), in.rev(), null);
            SyncBook.clearPending(h, in.table(), in.id(), -1); // deleted on both sides
            return;
        }
        UUID caseId = caseOf(h, in.table(), in.id(), mine);
        keepWhatACascadeTakes(h, in.table(), in.id());
        if (pending) {
            // changed here, deleted there: the deletion is applied, our version kept as a conflict (to bring back)
            record(h, in.table(), in.id(), caseId, null, RowCodec.json(mine), null);
            SyncBook.clearPending(h, in.table(), in.id(), -1);
        }
        h.createUpdate("delete from " + in.table() + " where id = :id").bind("id", in.id()).execute();
        // the base remembers the deletion's revision: a row brought back from the conflict list is sent against it
        SyncBook.setBase(h, in.table(), in.id(), in.rev(), null);
        applied.add(new ServerChanges.Row(in.table(), in.id(), objects(in.table(), mine), null));
    }

    /**
     * Before a row goes, the rows under it that this laptop changed and did not send yet (a note written on a board the
     * server deleted) would go with it by cascade: each is kept as a conflict, so the user sees it and nothing is lost.
     */
    private void keepWhatACascadeTakes(Handle h, String table, UUID id) {
        for (String[] child : SyncTables.children(table)) {
            for (UUID childId : h.createQuery("select id from " + child[0] + " where " + child[1] + " = :p").bind("p", id)
                    .mapTo(UUID.class).list()) {
                keepWhatACascadeTakes(h, child[0], childId);
                if (SyncBook.pending(h, child[0], childId)) {
                    Map<String, String> row = codec.read(h, child[0], childId);
                    record(h, child[0], childId, caseOf(h, child[0], childId, row), null, RowCodec.json(row), null);
                    SyncBook.clearPending(h, child[0], childId, -1);
                }
                SyncBook.dropBase(h, child[0], childId);
            }
        }
    }

    /** The common ancestor: what this laptop sent, when the server holds exactly that (our write arrived), else the base. */
    private static Map<String, String> ancestor(SyncBook.Base base, Map<String, String> server) {
        if (base == null) {
            return null;
        }
        if (base.sent() != null && !base.sent().equals(SyncBook.SENT_DELETION)) {
            Map<String, String> sent = RowCodec.row(base.sent());
            if (sameContent(sent, server)) {
                return sent;
            }
        }
        return base.data();
    }

    /** Equal apart from the save stamps. */
    static boolean sameContent(Map<String, String> a, Map<String, String> b) {
        Set<String> fields = new TreeSet<>(a.keySet());
        fields.addAll(b.keySet());
        for (String f : fields) {
            if (!STAMPS.contains(f) && !Objects.equals(a.get(f), b.get(f))) {
                return false;
            }
        }
        return true;
    }

    private void record(Handle h, String table, UUID id, UUID caseId, String field, String mine, String server) {
        SyncBook.conflict(h, table, id, caseId, field, mine, server);
        conflicts++;
    }

    private static UUID caseOf(Handle h, String table, UUID id, Map<String, String> row) {
        if (table.equals("support_case")) {
            return id;
        }
        if (row != null && row.get("case_id") != null) {
            return UUID.fromString(row.get("case_id"));
        }
        return SyncBook.caseOf(h, table, id);
    }

    private static JsonNode json(String data) {
        try {
            return EntityJson.MAPPER.readTree(data);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("server row is not JSON", e);
        }
    }

    private Map<String, Object> objects(String table, Map<String, String> row) {
        return codec.typed(table, row);
    }
}
