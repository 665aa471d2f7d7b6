package jp.banso.store.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import jp.banso.store.StoreException;

/**
 * The one guard of cases this laptop may no longer write (the user left the team that owns them: sync lists them in
 * {@code sync_case_access} as READ_ONLY). {@link ChangeLogTrigger} asks it before every insert, update and delete of a
 * synced table that is not sync's own, so no write path (forms, boards, undo, imports) gets past it: the statement
 * fails with the reason for the user and its transaction writes nothing. The local copy is kept, never deleted.
 */
final class ReadOnlyCases {
    private static final String READ_ONLY_SINCE = "select since from sync_case_access where access = 'READ_ONLY' and ";
    /**
     * A municipality and its 指標 are shared by its cases: refused only when every case of it is read-only (a case of
     * another team, still writable, keeps them writable).
     */
    private static final String EVERY_CASE_READ_ONLY = "select max(a.since) from support_case c left join sync_case_access a "
            + "on a.case_id = c.id and a.access = 'READ_ONLY' where c.municipality_id = ? having count(*) > 0 "
            + "and count(a.case_id) = count(*)";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.JAPAN);

    private final String sql;
    private final int column;

    /** The guard of one table, given its columns in order (as the trigger sees a row). */
    ReadOnlyCases(String table, List<String> columns) {
        CaseRows.Path path = CaseRows.path(table);
        this.sql = CaseRows.CASES_OF_MUNICIPALITY.equals(path.casesSql()) ? EVERY_CASE_READ_ONLY
                : READ_ONLY_SINCE + (path.casesSql() == null ? "case_id = ?" : "case_id in (" + path.casesSql() + ")");
        this.column = columns.indexOf(path.column());
        if (column < 0) {
            throw new IllegalArgumentException(table + " has no column " + path.column());
        }
    }

    /** Throws (with the user's message as the cause) when the row belongs to a read-only case. */
    void check(Connection conn, Object[] row) throws SQLException {
        Object owner = row[column];
        if (owner == null) {
            return;
        }
        try (PreparedStatement st = conn.prepareStatement(sql)) {
            st.setObject(1, owner);
            try (ResultSet rs = st.executeQuery()) {
                Timestamp since = rs.next() ? rs.getTimestamp(1) : null;
                if (since != null) {
                    throw new SQLException("refused: a read-only case", "BANSO", new StoreException(message(since)));
                }
            }
        }
    }

    /** The words a refused write shows (the workspace's banner says the same, and what to do). */
    private static String message(Timestamp since) {
        return "このケースは、チームから外れたため読み取り専用です（" + since.toLocalDateTime().format(DAY)
                + "から）。変更は保存されません。";
    }
}
