package jp.banso.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Fetches what changed on the server after the last pulled revision, page by page by revision (never by time: a
 * clock says nothing about the order of writes), all pages from one snapshot of the server so a write that commits
 * meanwhile is neither half seen nor skipped. Each page is stored in {@code sync_inbox} together with the new cursor,
 * in one local transaction, so an interrupted pull resumes after the last stored page.
 */
final class Pull {
    static final int PAGE = 500;

    /** A server row (data = its {@code to_jsonb}) or a tombstone (data null), with its revision. */
    record Incoming(long rev, String table, UUID id, String data) {
    }

    private final Jdbi local;

    Pull(Jdbi local) {
        this.local = local;
    }

    /** Fetches into the inbox; returns how many rows came. */
    int fetch(Connection server) throws SQLException {
        long after = local.withHandle(SyncBook::cursor);
        int total = 0;
        server.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            while (true) {
                List<Incoming> page = page(server, after);
                if (page.isEmpty()) {
                    break;
                }
                long last = page.get(page.size() - 1).rev();
                local.useTransaction(h -> {
                    for (Incoming in : page) {
                        store(h, in);
                    }
                    SyncBook.setSetting(h, SyncBook.CURSOR, String.valueOf(last));
                });
                total += page.size();
                after = last;
                if (page.size() < PAGE) {
                    break;
                }
            }
            server.commit();
        } catch (SQLException e) {
            Push.rollbackQuietly(server);
            throw e;
        } finally {
            server.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        }
        return total;
    }

    /** Rows the push left because the server had moved on, fetched by id into the inbox whatever the cursor. */
    void fetchRows(Connection server, List<Push.Outgoing> rows) throws SQLException {
        List<Incoming> found = new ArrayList<>();
        try {
            for (Push.Outgoing o : rows) {
                try (PreparedStatement st = server.prepareStatement("select rev, " + json(o.table()) + " from " + o.table()
                        + " t where id = ?")) {
                    st.setObject(1, o.id());
                    try (ResultSet rs = st.executeQuery()) {
                        if (rs.next()) {
                            found.add(new Incoming(rs.getLong(1), o.table(), o.id(), rs.getString(2)));
                            continue;
                        }
                    }
                }
                try (PreparedStatement st = server.prepareStatement("select rev from banso_tombstone where table_name = ? and row_id = ?")) {
                    st.setString(1, o.table());
                    st.setObject(2, o.id());
                    try (ResultSet rs = st.executeQuery()) {
                        if (rs.next()) {
                            found.add(new Incoming(rs.getLong(1), o.table(), o.id(), null));
                        }
                    }
                }
            }
            server.commit();
        } catch (SQLException e) {
            Push.rollbackQuietly(server);
            throw e;
        }
        local.useTransaction(h -> found.forEach(in -> store(h, in)));
    }

    private static void store(org.jdbi.v3.core.Handle h, Incoming in) {
        h.createUpdate("merge into sync_inbox (rev, table_name, row_id, data) key (rev) values (:rev, :t, :id, :d)")
                .bind("rev", in.rev()).bind("t", in.table()).bind("id", in.id()).bind("d", in.data()).execute();
    }

    /** The next page: the PAGE smallest revisions after {@code after} over every synced table and the tombstones. */
    private static List<Incoming> page(Connection server, long after) throws SQLException {
        List<Incoming> all = new ArrayList<>();
        for (String table : SyncTables.ORDER) {
            try (PreparedStatement st = server.prepareStatement("select rev, id, " + json(table) + " from " + table
                    + " t where rev > ? order by rev limit " + PAGE)) {
                st.setLong(1, after);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        all.add(new Incoming(rs.getLong(1), table, (UUID) rs.getObject(2), rs.getString(3)));
                    }
                }
            }
        }
        try (PreparedStatement st = server.prepareStatement("select rev, table_name, row_id from banso_tombstone "
                + "where rev > ? order by rev limit " + PAGE)) {
            st.setLong(1, after);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(new Incoming(rs.getLong(1), rs.getString(2), (UUID) rs.getObject(3), null));
                }
            }
        }
        all.sort(Comparator.comparingLong(Incoming::rev));
        return all.size() > PAGE ? new ArrayList<>(all.subList(0, PAGE)) : all;
    }

    /** The row as JSON; a case carries its 年度 as one more field. */
    private static String json(String table) {
        if (table.equals("support_case")) {
            return "cast(to_jsonb(t) || jsonb_build_object('" + SyncTables.FISCAL_YEARS + "', coalesce((select string_agg("
                    + "cast(y.fiscal_year as text), ',' order by y.fiscal_year) from case_fiscal_year y where y.case_id = t.id), ''))"
                    + " as text)";
        }
        return "cast(to_jsonb(t) as text)";
    }
}
