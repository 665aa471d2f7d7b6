package jp.banso.store.sync;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Sends this laptop's changed rows to the server, each with the server revision it was based on. A row the server
 * changed since then is not written (the pull that follows merges it, and the merged row goes next time). Rows go in
 * batches, parents first and deletions children first; each batch is one server transaction, acknowledged here
 * afterwards. Whatever is cut off resumes: the change log keeps every row not acknowledged, a write the server took
 * without the answer arriving is recognised by {@code sync_base.sent}, and writes are by id (never duplicated).
 */
final class Push {
    static final int BATCH = 500;

    /** A changed row: its table, id, mark (seq), its data now (null = deleted here), and its base revision. */
    record Outgoing(String table, UUID id, long seq, Map<String, String> row, long baseRev) {
        boolean deletion() {
            return row == null;
        }
    }

    /** What happened: rows written, rows left for the pull (changed on the server too), rows the server refused. */
    record Result(int written, List<Outgoing> skipped, List<String> refused) {
        /** This push and a later one in the same sync, as one. */
        Result and(Result later) {
            List<String> all = new ArrayList<>(refused);
            all.addAll(later.refused());
            return new Result(written + later.written(), later.skipped(), all);
        }
    }

    private final Jdbi local;
    private final RowCodec codec;
    private final String team;

    Push(Jdbi local, RowCodec codec, String team) {
        this.local = local;
        this.codec = codec;
        this.team = team;
    }

    Result run(Connection server) throws SQLException {
        List<Outgoing> out = collect();
        int written = 0;
        List<Outgoing> skipped = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (int from = 0; from < out.size(); from += BATCH) {
            List<Outgoing> batch = out.subList(from, Math.min(out.size(), from + BATCH));
            local.useTransaction(h -> SyncBook.markSending(h, batch));
            Map<Outgoing, Long> done = send(server, batch, skipped, refused);
            local.useTransaction(h -> SyncBook.acknowledge(h, done));
            written += done.size();
        }
        return new Result(written, skipped, refused);
    }

    /** The marked rows as they are now, in sending order; rows of read-only cases stay here (reported elsewhere). */
    private List<Outgoing> collect() {
        return local.inTransaction(h -> {
            Set<UUID> readOnly = new HashSet<>(h.createQuery("select case_id from sync_case_access").mapTo(UUID.class).list());
            List<Outgoing> out = new ArrayList<>();
            for (String table : h.createQuery("select distinct table_name from sync_change").mapTo(String.class).list()) {
                if (!SyncTables.isSynced(table)) {
                    continue;
                }
                // one query per table for the rows, one for their bases (a first sync sends tens of thousands)
                Map<UUID, Map<String, String>> rows = codec.readMarked(h, table);
                Map<UUID, SyncBook.Base> bases = SyncBook.markedBases(h, table);
                for (Map<String, Object> mark : h.createQuery("select row_id, seq from sync_change where table_name = :t")
                        .bind("t", table).mapToMap().list()) {
                    UUID id = (UUID) mark.get("row_id");
                    long seq = ((Number) mark.get("seq")).longValue();
                    if (!readOnly.isEmpty() && readOnly.contains(SyncBook.caseOf(h, table, id))) {
                        continue;
                    }
                    Map<String, String> row = rows.get(id);
                    SyncBook.Base base = bases.get(id);
                    if (row == null && (base == null || base.rev() == 0) && (base == null || base.sent() == null)) {
                        SyncBook.clearPending(h, table, id, seq); // made and deleted here: the server never had it
                        continue;
                    }
                    if (row != null && table.equals("support_case") && row.get("team") == null && team != null) {
                        // a case never shared goes to the team chosen for this laptop (here too: not a change to send back)
                        row.put("team", team);
                        ChangeLogTrigger.whileApplyingServerRows(() -> h.createUpdate("update support_case set team = :t where id = :id")
                                .bind("t", team).bind("id", id).execute());
                    }
                    out.add(new Outgoing(table, id, seq, row, base == null ? 0 : base.rev()));
                }
            }
            Comparator<Outgoing> byRank = Comparator.<Outgoing>comparingInt(o -> SyncTables.rank(o.table()))
                    .thenComparingLong(Outgoing::seq);
            List<Outgoing> sorted = out.stream().filter(o -> !o.deletion()).sorted(byRank).collect(Collectors.toList());
            out.stream().filter(Outgoing::deletion).sorted(Comparator.<Outgoing>comparingInt(o -> -SyncTables.rank(o.table()))
                    .thenComparingLong(Outgoing::seq)).forEach(sorted::add);
            return sorted;
        });
    }

    /** One server transaction: each row written if the server still has its base revision. Returns the new revisions. */
    private Map<Outgoing, Long> send(Connection server, List<Outgoing> batch, List<Outgoing> skipped, List<String> refused)
            throws SQLException {
        Map<Outgoing, Long> done = new HashMap<>();
        try {
            Map<String, Map<UUID, Long>> rowRevs = new HashMap<>();
            Map<String, Map<UUID, Long>> tombRevs = new HashMap<>();
            for (String table : batch.stream().map(Outgoing::table).distinct().toList()) {
                List<UUID> ids = batch.stream().filter(o -> o.table().equals(table)).map(Outgoing::id).toList();
                rowRevs.put(table, revs(server, "select id, rev from " + table + " where id = any(?)", ids, null));
                tombRevs.put(table, revs(server, "select row_id, rev from banso_tombstone where row_id = any(?) and table_name = ?",
                        ids, table));
            }
            List<Outgoing> writable = new ArrayList<>();
            for (Outgoing o : batch) {
                Long rowRev = rowRevs.get(o.table()).get(o.id());
                Long tombRev = tombRevs.get(o.table()).get(o.id());
                long serverRev = rowRev != null ? rowRev : tombRev != null ? tombRev : 0;
                if (o.deletion() && rowRev == null) {
                    done.put(o, serverRev); // already gone there (or never there): nothing to delete
                } else if (serverRev != o.baseRev()) {
                    skipped.add(o);
                } else {
                    writable.add(o);
                }
            }
            // one statement per table and kind (a page of rows in one round trip); parents before children still
            for (List<Outgoing> group : groups(writable)) {
                Savepoint sp = server.setSavepoint();
                try {
                    done.putAll(group.get(0).deletion() ? delete(server, group) : upsert(server, group));
                    server.releaseSavepoint(sp);
                } catch (SQLException e) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                        throw e; // the connection is gone: the whole batch is retried next time
                    }
                    server.rollback(sp);
                    // something in the group is refused (row-level security, a missing parent): row by row, to keep the rest
                    for (Outgoing o : group) {
                        Savepoint one = server.setSavepoint();
                        try {
                            done.putAll(o.deletion() ? delete(server, List.of(o)) : upsert(server, List.of(o)));
                            server.releaseSavepoint(one);
                        } catch (SQLException refusal) {
                            if (refusal.getSQLState() != null && refusal.getSQLState().startsWith("08")) {
                                throw refusal;
                            }
                            server.rollback(one);
                            refused.add(Sync.label(o.table()) + "（" + o.id() + "）: " + refusal.getMessage());
                        }
                    }
                }
            }
            server.commit();
            return done;
        } catch (SQLException e) {
            rollbackQuietly(server);
            throw e;
        }
    }

    private static Map<UUID, Long> revs(Connection server, String sql, List<UUID> ids, String table) throws SQLException {
        Map<UUID, Long> out = new HashMap<>();
        try (PreparedStatement st = server.prepareStatement(sql)) {
            Array array = server.createArrayOf("uuid", ids.toArray());
            st.setArray(1, array);
            if (table != null) {
                st.setString(2, table);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.put((UUID) rs.getObject(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** Consecutive rows of one table and kind, in sending order. */
    private static List<List<Outgoing>> groups(List<Outgoing> rows) {
        List<List<Outgoing>> out = new ArrayList<>();
        for (Outgoing o : rows) {
            List<Outgoing> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.get(0).table().equals(o.table()) && last.get(0).deletion() == o.deletion()) {
                last.add(o);
            } else {
                out.add(new ArrayList<>(List.of(o)));
            }
        }
        return out;
    }

    /** Inserts or replaces rows of one table in one statement; returns their new revisions. */
    private Map<Outgoing, Long> upsert(Connection server, List<Outgoing> rows) throws SQLException {
        String table = rows.get(0).table();
        List<String> cols = codec.columns(table);
        String list = String.join(", ", cols);
        String sets = cols.stream().filter(c -> !c.equals("id")).map(c -> c + " = excluded." + c).collect(Collectors.joining(", "));
        String sql = "insert into " + table + " (" + list + ") select " + list + " from jsonb_populate_recordset(null::"
                + table + ", cast(? as jsonb)) on conflict (id) do update set " + sets + " returning id, rev";
        Map<UUID, Outgoing> byId = new HashMap<>();
        rows.forEach(o -> byId.put(o.id(), o));
        Map<Outgoing, Long> revs = new HashMap<>();
        try (PreparedStatement st = server.prepareStatement(sql)) {
            st.setString(1, "[" + rows.stream().map(o -> RowCodec.json(o.row())).collect(Collectors.joining(",")) + "]");
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    revs.put(byId.get((UUID) rs.getObject(1)), rs.getLong(2));
                }
            }
        }
        if (table.equals("support_case")) {
            for (Outgoing o : rows) {
                revs.put(o, writeFiscalYears(server, o.id(), o.row().get(SyncTables.FISCAL_YEARS), revs.get(o)));
            }
        }
        return revs;
    }

    /** A case's 年度 on the server, replaced when they differ (which moves the case's revision: the new one is returned). */
    private static long writeFiscalYears(Connection server, UUID caseId, String years, long rev) throws SQLException {
        String now;
        try (PreparedStatement st = server.prepareStatement("select coalesce(string_agg(cast(fiscal_year as text), ',' "
                + "order by fiscal_year), '') from case_fiscal_year where case_id = ?")) {
            st.setObject(1, caseId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                now = rs.getString(1);
            }
        }
        String wanted = years == null ? "" : years;
        if (now.equals(wanted)) {
            return rev;
        }
        try (PreparedStatement del = server.prepareStatement("delete from case_fiscal_year where case_id = ?")) {
            del.setObject(1, caseId);
            del.executeUpdate();
        }
        if (!wanted.isEmpty()) {
            try (PreparedStatement ins = server.prepareStatement("insert into case_fiscal_year (case_id, fiscal_year) values (?, ?)")) {
                for (String y : wanted.split(",")) {
                    ins.setObject(1, caseId);
                    ins.setInt(2, Integer.parseInt(y));
                    ins.addBatch();
                }
                ins.executeBatch();
            }
        }
        try (PreparedStatement st = server.prepareStatement("select rev from support_case where id = ?")) {
            st.setObject(1, caseId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Deletes rows of one table in one statement; returns the revisions of their tombstones. */
    private static Map<Outgoing, Long> delete(Connection server, List<Outgoing> rows) throws SQLException {
        String table = rows.get(0).table();
        List<UUID> ids = rows.stream().map(Outgoing::id).toList();
        try (PreparedStatement st = server.prepareStatement("delete from " + table + " where id = any(?)")) {
            st.setArray(1, server.createArrayOf("uuid", ids.toArray()));
            st.executeUpdate();
        }
        Map<UUID, Long> tombs = revs(server, "select row_id, rev from banso_tombstone where row_id = any(?) and table_name = ?",
                ids, table);
        Map<Outgoing, Long> out = new HashMap<>();
        rows.forEach(o -> out.put(o, tombs.getOrDefault(o.id(), 0L)));
        return out;
    }

    static void rollbackQuietly(Connection server) {
        try {
            server.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: the server rolled back itself
        }
    }
}
