package jp.banso.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Tells listeners when a write has reached the database: an insert, update, merge or delete in auto-commit at once,
 * one in a transaction when the transaction commits (never for a rollback). Every repository writes through the
 * store's Jdbi, so forms, boards, roadmaps and imports are all seen here, without each page reporting its saves.
 * Listeners run on the writing thread.
 */
final class CommittedWrites {
    private final CopyOnWriteArrayList<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** The open handles by their connection, to reach a statement's transaction. */
    private final Map<java.sql.Connection, Handle> handles = new ConcurrentHashMap<>();
    /** Handles whose open transaction has written (a commit callback is registered). */
    private final Set<Handle> pending = ConcurrentHashMap.newKeySet();

    CommittedWrites(Jdbi jdbi) {
        jdbi.getConfig(Handles.class).addListener(new HandleListener() {
            @Override
            public void handleCreated(Handle h) {
                handles.put(h.getConnection(), h);
            }

            @Override
            public void handleClosed(Handle h) {
                handles.remove(h.getConnection(), h);
                pending.remove(h);
            }
        });
        jdbi.getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logAfterExecution(StatementContext ctx) {
                if (isWrite(ctx.getRawSql())) {
                    written(ctx);
                }
            }
        });
    }

    void add(Runnable listener) {
        listeners.add(listener);
    }

    private static final List<String> WRITES = List.of("insert", "update", "merge", "delete");

    /** Called for every statement, reads too: compares in place rather than copying and lower-casing the SQL. */
    static boolean isWrite(String sql) {
        if (sql == null) {
            return false;
        }
        int start = 0;
        while (start < sql.length() && Character.isWhitespace(sql.charAt(start))) {
            start++;
        }
        for (String verb : WRITES) {
            if (sql.regionMatches(true, start, verb, 0, verb.length())) {
                return true;
            }
        }
        return false;
    }

    private void written(StatementContext ctx) {
        boolean autoCommit;
        try {
            autoCommit = ctx.getConnection().getAutoCommit();
        } catch (SQLException e) {
            return;
        }
        if (autoCommit) {
            fire();
            return;
        }
        Handle h = handles.get(ctx.getConnection());
        if (h != null && pending.add(h)) {
            h.afterCommit(() -> {
                pending.remove(h);
                fire();
            });
            h.afterRollback(() -> pending.remove(h));
        }
    }

    private void fire() {
        for (Runnable r : listeners) {
            try {
                r.run();
            } catch (RuntimeException e) {
                java.util.logging.Logger.getLogger(CommittedWrites.class.getName()).warning("write listener failed: " + e);
            }
        }
    }
}
