package jp.banso.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.h2.api.Trigger;

/**
 * The laptop's change log, kept by the database engine itself: every insert, update and delete of a synced table
 * (schema v7 installs this trigger on each) marks its row in {@code sync_change} with a new local sequence number, in
 * the same transaction as the write. So no write path (forms, boards, imports, restores) can forget to record a change.
 * A {@code case_fiscal_year} row is part of its case: it marks the case. A deleted row also leaves a tombstone in
 * {@code deleted_row} (with its case), which case files carry; a row that comes back loses it.
 *
 * <p>Rows that sync itself writes (a pulled change being applied) are not changes of this laptop: the sync engine
 * applies them inside {@link #whileApplyingServerRows}, on its own thread, and the trigger does not mark them (their
 * deletions still leave tombstones, for case files).
 */
public final class ChangeLogTrigger implements Trigger {
    private static final ThreadLocal<Boolean> APPLYING = ThreadLocal.withInitial(() -> false);
    private static final String MARK = "merge into sync_change (table_name, row_id, seq) key (table_name, row_id) "
            + "values (?, ?, next value for sync_change_seq)";

    private String table;
    /** The row's column that leads to its case, and the query from it (null: the column is the case's id). */
    private int caseColumn = -1;
    private String casesSql;
    private ReadOnlyCases readOnly;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        table = tableName.toLowerCase(Locale.ROOT);
        List<String> columns = new ArrayList<>();
        try (PreparedStatement st = conn.prepareStatement("select column_name from information_schema.columns "
                + "where table_schema = ? and table_name = ? order by ordinal_position")) {
            st.setString(1, schemaName);
            st.setString(2, tableName);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        CaseRows.Path path = CaseRows.path(table);
        // a municipality's rows belong to no one case: their tombstones name none
        if (!CaseRows.CASES_OF_MUNICIPALITY.equals(path.casesSql())) {
            caseColumn = columns.indexOf(path.column());
            casesSql = path.casesSql();
        }
        readOnly = new ReadOnlyCases(table, columns);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Object[] row = newRow != null ? newRow : oldRow;
        // every synced table has its id first; case_fiscal_year has its case's id first and belongs to the case
        boolean years = table.equals("case_fiscal_year");
        String marked = years ? "support_case" : table;
        if (!years) {
            if (newRow == null) {
                tombstone(conn, row);
            } else if (oldRow == null) {
                try (PreparedStatement st = conn.prepareStatement("delete from deleted_row where table_name = ? and row_id = ?")) {
                    st.setString(1, table);
                    st.setObject(2, row[0]);
                    st.executeUpdate();
                }
            }
        }
        if (APPLYING.get()) {
            return;
        }
        readOnly.check(conn, row); // a case the user may no longer write refuses every change to its rows
        try (PreparedStatement st = conn.prepareStatement(MARK)) {
            st.setString(1, marked);
            st.setObject(2, row[0]);
            st.executeUpdate();
        }
    }

    private void tombstone(Connection conn, Object[] row) throws SQLException {
        Object caseId = caseColumn < 0 ? null : row[caseColumn];
        if (casesSql != null && caseId != null) {
            try (PreparedStatement st = conn.prepareStatement(casesSql)) {
                st.setObject(1, caseId);
                try (ResultSet rs = st.executeQuery()) {
                    caseId = rs.next() ? rs.getObject(1) : null; // parent gone in the same deletion: its tombstone covers it
                }
            }
        }
        try (PreparedStatement st = conn.prepareStatement("merge into deleted_row (table_name, row_id, case_id, deleted_at) "
                + "key (table_name, row_id) values (?, ?, ?, ?)")) {
            st.setString(1, table);
            st.setObject(2, row[0]);
            st.setObject(3, caseId);
            st.setTimestamp(4, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)));
            st.executeUpdate();
        }
    }

    /** Runs the work with the change log paused on this thread (server rows being applied are not local changes). */
    public static <T> T whileApplyingServerRows(java.util.function.Supplier<T> work) {
        boolean was = APPLYING.get();
        APPLYING.set(true);
        try {
            return work.get();
        } finally {
            APPLYING.set(was);
        }
    }
}
