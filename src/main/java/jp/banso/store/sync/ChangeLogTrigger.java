package jp.banso.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * The laptop's change log, kept by the database engine itself: every insert, update and delete of a synced table
 * (schema v7 installs this trigger on each) marks its row in {@code sync_change} with a new local sequence number, in
 * the same transaction as the write. So no write path (forms, boards, imports, restores) can forget to record a change.
 * A {@code case_fiscal_year} row is part of its case: it marks the case.
 *
 * <p>Rows that sync itself writes (a pulled change being applied) are not changes of this laptop: the sync engine
 * applies them inside {@link #whileApplyingServerRows}, on its own thread, and the trigger leaves them out.
 */
public final class ChangeLogTrigger implements Trigger {
    private static final ThreadLocal<Boolean> APPLYING = ThreadLocal.withInitial(() -> false);
    private static final String MARK = "merge into sync_change (table_name, row_id, seq) key (table_name, row_id) "
            + "values (?, ?, next value for sync_change_seq)";

    private String table;
    private ReadOnlyCases readOnly;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        table = tableName.toLowerCase(java.util.Locale.ROOT);
        java.util.List<String> columns = new java.util.ArrayList<>();
        try (java.sql.ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        readOnly = new ReadOnlyCases(table, columns);
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (APPLYING.get()) {
            return;
        }
        Object[] row = newRow != null ? newRow : oldRow;
        readOnly.check(conn, row); // a case the user may no longer write refuses every change to its rows
        // every synced table has its id first; case_fiscal_year has its case's id first and belongs to the case
        String marked = table.equals("case_fiscal_year") ? "support_case" : table;
        try (PreparedStatement st = conn.prepareStatement(MARK)) {
            st.setString(1, marked);
            st.setObject(2, row[0]);
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
