package jp.banso.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** A listener and the tables it follows (null: every write). */
    private record Listener(Set<String> tables, Runnable run) {
        boolean follows(Set<String> written) {
            return tables == null || written.contains(ANY_TABLE) || written.stream().anyMatch(tables::contains);
        }
    }

    /** Stands for a write whose table could not be read off its statement: every listener hears it. */
    private static final String ANY_TABLE = "*";

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    /** The open handles by their connection, to reach a statement's transaction. */
    private final Map<java.sql.Connection, Handle> handles = new ConcurrentHashMap<>();
    /** Handles whose open transaction has written, with the tables it wrote (a commit callback is registered). */
    private final Map<Handle, Set<String>> pending = new ConcurrentHashMap<>();

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
        listeners.add(new Listener(null, listener));
    }

    /** Runs the listener after a committed write to one of {@code tables} (lower case) only. */
    void add(Set<String> tables, Runnable listener) {
        listeners.add(new Listener(Set.copyOf(tables), listener));
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

    /**
     * The table a write statement names ({@code insert into t}, {@code update t}, {@code merge into t},
     * {@code delete from t}), in lower case; {@link #ANY_TABLE} when it cannot be read off.
     */
    static String tableOf(String sql) {
        Matcher m = WRITTEN_TABLE.matcher(sql);
        return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : ANY_TABLE;
    }

    private static final Pattern WRITTEN_TABLE = Pattern.compile(
            "\\s*(?:insert\\s+into|update|merge\\s+into|delete\\s+from)\\s+(?:\\w+\\.)?\"?(\\w+)\"?(?=[\\s(]|$)",
            Pattern.CASE_INSENSITIVE);

    private void written(StatementContext ctx) {
        boolean autoCommit;
        try {
            autoCommit = ctx.getConnection().getAutoCommit();
        } catch (SQLException e) {
            return;
        }
        String table = tableOf(ctx.getRawSql());
        if (autoCommit) {
            fire(Set.of(table));
            return;
        }
        Handle h = handles.get(ctx.getConnection());
        if (h == null) {
            return;
        }
        Set<String> tables = ConcurrentHashMap.newKeySet();
        Set<String> open = pending.putIfAbsent(h, tables);
        if (open != null) {
            open.add(table);
            return;
        }
        tables.add(table);
        h.afterCommit(() -> fire(pending.remove(h)));
        h.afterRollback(() -> pending.remove(h));
    }

    private void fire(Set<String> tables) {
        if (tables == null) {
            return;
        }
        for (Listener l : listeners) {
            if (!l.follows(tables)) {
                continue;
            }
            try {
                l.run().run();
            } catch (RuntimeException e) {
                java.util.logging.Logger.getLogger(CommittedWrites.class.getName()).warning("write listener failed: " + e);
            }
        }
    }
}
