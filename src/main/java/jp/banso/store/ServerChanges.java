package jp.banso.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * Rows that sync wrote into this laptop's database because they changed on the team server. Two kinds of listener:
 * those that must write in the same transaction as the rows (undo steps the change overlaps become impossible), and
 * those told after the commit (open screens show the new values; a model's later save keeps them).
 */
public final class ServerChanges {
    /**
     * One row as it was here before ({@code before}, null when it was new here) and as the server has it now
     * ({@code after}, null when the server deleted it). Maps are column name → value as canonical text (null for
     * null): numbers without trailing zeros (1, 12.5), dates 2026-04-01, times 09:30:00, timestamps
     * 2026-04-01T09:30:00.123000, booleans true/false, ids as UUID text; a case also has "fiscal_years" ("2025,2026").
     */
    public record Row(String table, UUID id, Map<String, Object> before, Map<String, Object> after) {
        public boolean deleted() {
            return after == null;
        }
    }

    /** Written in the applying transaction: throwing rolls the whole apply back. */
    public interface InTransaction {
        void applying(Handle h, List<Row> rows);
    }

    private final List<InTransaction> inTransaction = new CopyOnWriteArrayList<>();
    private final List<Consumer<List<Row>>> afterCommit = new CopyOnWriteArrayList<>();

    ServerChanges() {
    }

    public void addInTransaction(InTransaction listener) {
        inTransaction.add(listener);
    }

    public void addListener(Consumer<List<Row>> listener) {
        afterCommit.add(listener);
    }

    public void removeListener(Consumer<List<Row>> listener) {
        afterCommit.remove(listener);
    }

    /** Called by sync inside the transaction that applies the rows. */
    public void applying(Handle h, List<Row> rows) {
        for (InTransaction l : inTransaction) {
            l.applying(h, rows);
        }
    }

    /** Called by sync after that transaction committed (on the sync thread; UI listeners hop to their own thread). */
    public void applied(List<Row> rows) {
        for (Consumer<List<Row>> l : afterCommit) {
            l.accept(rows);
        }
    }
}
