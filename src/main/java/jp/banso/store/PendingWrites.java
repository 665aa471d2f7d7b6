package jp.banso.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.banso.domain.ChangeSet;
import jp.banso.domain.Entity;

/**
 * Every edit the app saves as it happens passes through here: a form's entity, a row added or deleted, a board or
 * roadmap action with its undo entry. When the disk cannot take a write (full, removed), the write is kept in memory,
 * in order, and tried again — when asked ({@link #retry}: a timer, a change of page) and before any later write, so
 * nothing overtakes it. The screen keeps showing the edit; the status bar says how many are waiting and why; on quit
 * the user is told and may save them to a {@link RecoveryFile}. Writes that must not wait (an import, creating a case)
 * are refused while anything is waiting ({@link Store}'s guard), with a message.
 *
 * <p>A write refused for what it contains (not for the disk) is not kept: it is thrown at once, or, when it fails on a
 * later try, logged and dropped (it can never succeed), and counted in {@link #dropped()}.
 */
public final class PendingWrites {
    private static final Logger LOG = Logger.getLogger(PendingWrites.class.getName());
    /** Tries started by new writes are at most this often; the timer and a change of page try regardless. */
    private static final long RETRY_SPACING_MS = 1_000;

    private final Path folder;
    private final Runnable reconnect;
    private final Runnable renew;
    /** Waiting writes in the order they were made; a later write of the same entity takes its earlier one's place. */
    private final List<Write> queue = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Tables and histories by name: a recovery file names them. */
    private final Map<String, EntityTable<? extends Entity>> tables = new LinkedHashMap<>();
    private final Map<String, EditHistory> histories = new LinkedHashMap<>();
    private final ServerReplaced serverReplaced = new ServerReplaced();
    /** Set on the thread running a write of this queue: its statements pass the store's guard. */
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);
    private volatile int size;
    private volatile Throwable lastFailure;
    private volatile int dropped;
    private long lastTry;

    /**
     * @param reconnect after kept writes got through: hold the database open again
     * @param renew     before trying again after a failure: fresh connections (H2 closes the database on a full disk)
     */
    PendingWrites(Path folder, Runnable reconnect, Runnable renew) {
        this.folder = folder;
        this.reconnect = reconnect;
        this.renew = renew;
    }

    /** One write, kept until it reaches the database. */
    abstract static class Write {
        /** When the edit was made: a recovery file never overwrites what was changed after it. */
        final Instant madeAt;

        Write(Instant madeAt) {
            this.madeAt = madeAt;
        }

        /** The write as it is kept for later: what it writes must no longer change with the screen's live objects. */
        Write kept() {
            return this;
        }

        /** Writes of the same key replace each other (an entity's latest state); null: never replaced. */
        abstract String key();

        /** To the database, in one transaction. */
        abstract void write();

        /** What it is, in the words of the screen it came from (for the quit dialog). */
        abstract String what();

        /** Its form in a recovery file ({@link RecoveryFile}). */
        abstract ObjectNode toJson();

        /** What every write's form starts with: its kind, where it writes, when it was made. */
        final ObjectNode json(String kind, String whereKey, String where) {
            ObjectNode o = EntityJson.MAPPER.createObjectNode();
            o.put("kind", kind);
            o.put(whereKey, where);
            o.put("madeAt", madeAt.toString());
            return o;
        }

        /** The rows it writes, to check on applying a recovery file that none changed since. */
        abstract Map<UUID, EntityTable<? extends Entity>> rows();
    }

    /** What changes from the team server replaced, for the tables' saves to merge with (shared: one per store). */
    ServerReplaced serverReplaced() {
        return serverReplaced;
    }

    // --- registering what can be written ---

    void register(EntityTable<? extends Entity> table) {
        tables.putIfAbsent(table.name(), table);
    }

    void register(EditHistory history) {
        histories.put(history.name(), history);
    }

    EntityTable<? extends Entity> table(String name) {
        EntityTable<? extends Entity> t = tables.get(name);
        if (t == null) {
            throw new IllegalArgumentException("unknown table " + name);
        }
        return t;
    }

    EditHistory history(String name) {
        EditHistory h = histories.get(name);
        if (h == null) {
            throw new IllegalArgumentException("unknown history " + name);
        }
        return h;
    }

    // --- writing ---

    /**
     * Writes now, or — when the disk cannot take it, or earlier writes are still waiting — keeps it to write later.
     * Throws only for a write refused for what it contains.
     */
    synchronized void submit(Write w) {
        if (queue.isEmpty()) {
            try {
                run(w);
                return;
            } catch (RuntimeException e) {
                if (!StorageFailure.is(e)) {
                    throw e;
                }
                failed(e);
                queue.add(w.kept());
                lastTry = System.currentTimeMillis();
                changed();
                return;
            }
        }
        enqueue(w.kept());
        if (System.currentTimeMillis() - lastTry >= RETRY_SPACING_MS) {
            retry();
        } else {
            changed();
        }
    }

    private void enqueue(Write w) {
        String key = w.key();
        if (key != null) {
            for (int i = 0; i < queue.size(); i++) {
                if (key.equals(queue.get(i).key())) {
                    queue.set(i, w); // the latest state, where the first was: before anything that depends on it
                    return;
                }
            }
        }
        queue.add(w);
    }

    /** Tries the waiting writes in order; true when none is left. */
    public synchronized boolean retry() {
        if (queue.isEmpty()) {
            return true;
        }
        lastTry = System.currentTimeMillis();
        try {
            if (lastFailure != null && StorageFailure.closedDatabase(lastFailure)) {
                renew.run();
            }
            while (!queue.isEmpty()) {
                Write w = queue.get(0);
                try {
                    run(w);
                } catch (RuntimeException e) {
                    if (StorageFailure.is(e)) {
                        failed(e);
                        return false;
                    }
                    LOG.log(Level.SEVERE, "a kept write can never be written, dropped: " + w.what(), e);
                    dropped++;
                }
                queue.remove(0);
            }
            lastFailure = null;
            reconnect.run();
            return true;
        } finally {
            changed();
        }
    }

    private void run(Write w) {
        writing.set(true);
        try {
            w.write();
        } finally {
            writing.set(false);
        }
    }

    private void failed(RuntimeException e) {
        if (lastFailure == null) {
            LOG.log(Level.WARNING, "write failed, kept to try again", e);
        }
        lastFailure = e;
    }

    private void changed() {
        size = queue.size();
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "pending-writes listener failed", e);
            }
        }
    }

    /** Whether this thread is running a kept write (the store's guard lets its statements through). */
    boolean isWritingThread() {
        return writing.get();
    }

    /**
     * Tries the waiting writes; when some are still waiting, refuses what was about to be done (an undo, say)
     * with the reason, so nothing overtakes them.
     */
    public void requireSaved(String whatWasRefused) {
        if (!retry()) {
            throw new StoreException(whatWasRefused + "保存できていない変更が" + size + "件あります。" + problem());
        }
    }

    // --- what the screens show ---

    /** How many edits are waiting to be written. */
    public int size() {
        return size;
    }

    /** Writes dropped because they could never be written (logged); normally 0. */
    public int dropped() {
        return dropped;
    }

    /** Why writes are waiting, in Japanese with what to do; empty when none is. */
    public String problem() {
        Throwable f = lastFailure;
        return f == null || size == 0 ? "" : StorageFailure.describe(f, folder);
    }

    /** Why writes are waiting, in a few words (the status bar); empty when none is. */
    public String reason() {
        Throwable f = lastFailure;
        return f == null || size == 0 ? "" : StorageFailure.reason(f, folder);
    }

    /** What the waiting writes are, in order (for the quit dialog). */
    public synchronized List<String> descriptions() {
        return queue.stream().map(Write::what).toList();
    }

    /** Runs after every change of the waiting writes (on the writing thread). */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    synchronized List<Write> snapshot() {
        return List.copyOf(queue);
    }

    Path folder() {
        return folder;
    }

    // --- the writes ---

    /** An entity as a form or a row list saved it (an upsert, its times already stamped). */
    static final class EntitySave<T extends Entity> extends Write {
        private final EntityTable<T> table;
        private final T entity;

        EntitySave(EntityTable<T> table, T entity, Instant madeAt) {
            super(madeAt);
            this.table = table;
            this.entity = entity;
        }

        /** A copy of the entity as it is now: the form goes on changing the live one. */
        @Override
        Write kept() {
            return new EntitySave<>(table, Entity.copyOf(entity), madeAt);
        }

        @Override
        String key() {
            return table.name() + ":" + entity.getId();
        }

        @Override
        void write() {
            table.saveAsIs(entity);
        }

        @Override
        String what() {
            return table.label();
        }

        @Override
        ObjectNode toJson() {
            ObjectNode o = json("save", "table", table.name());
            o.set("entity", EntityJson.MAPPER.valueToTree(entity));
            return o;
        }

        @Override
        Map<UUID, EntityTable<? extends Entity>> rows() {
            return Map.of(entity.getId(), table);
        }
    }

    /** A row deleted from a list (a team member, a snapshot, a meeting with what belongs to it). */
    static final class EntityDelete extends Write {
        private final EntityTable<? extends Entity> table;
        private final UUID id;

        EntityDelete(EntityTable<? extends Entity> table, UUID id, Instant madeAt) {
            super(madeAt);
            this.table = table;
            this.id = id;
        }

        @Override
        String key() {
            return table.name() + ":" + id;
        }

        @Override
        void write() {
            table.deleteNow(id);
        }

        @Override
        String what() {
            return table.label() + "の削除";
        }

        @Override
        ObjectNode toJson() {
            ObjectNode o = json("delete", "table", table.name());
            o.put("id", id.toString());
            return o;
        }

        @Override
        Map<UUID, EntityTable<? extends Entity>> rows() {
            return Map.of(id, table);
        }
    }

    /** A board or roadmap action with its undo entry (one transaction, as when written at once). */
    static final class HistoryRecord extends Write {
        private final EditHistory history;
        private final UUID scope;
        private final ChangeSet changes;
        private final boolean merge;

        HistoryRecord(EditHistory history, UUID scope, ChangeSet changes, boolean merge, Instant madeAt) {
            super(madeAt);
            this.history = history;
            this.scope = scope;
            this.changes = changes;
            this.merge = merge;
        }

        @Override
        String key() {
            return null;
        }

        @Override
        void write() {
            history.recordNow(scope, changes, merge);
        }

        @Override
        String what() {
            return history.label() + ": " + changes.label();
        }

        @Override
        ObjectNode toJson() {
            ObjectNode o = json("history", "history", history.name());
            o.put("scope", scope.toString());
            o.put("merge", merge);
            o.set("changes", history.toJsonTree(changes));
            return o;
        }

        @Override
        Map<UUID, EntityTable<? extends Entity>> rows() {
            Map<UUID, EntityTable<? extends Entity>> rows = new LinkedHashMap<>();
            for (var c : changes.changes()) {
                rows.put(c.id(), history.tableOf(c.after() != null ? c.after() : c.before()));
            }
            return rows;
        }
    }

    /** A write read back from a recovery file. */
    Write fromJson(JsonNode o) {
        String kind = o.path("kind").asText();
        Instant madeAt = Instant.parse(o.path("madeAt").asText());
        switch (kind) {
            case "save": {
                EntityTable<? extends Entity> t = table(o.path("table").asText());
                return saveOf(t, o.get("entity"), madeAt);
            }
            case "delete":
                return new EntityDelete(table(o.path("table").asText()), UUID.fromString(o.path("id").asText()), madeAt);
            case "history": {
                EditHistory h = history(o.path("history").asText());
                return new HistoryRecord(h, UUID.fromString(o.path("scope").asText()), h.fromJsonTree(o.get("changes")),
                        o.path("merge").asBoolean(), madeAt);
            }
            default:
                throw new IllegalArgumentException("unknown write " + kind);
        }
    }

    private static <T extends Entity> Write saveOf(EntityTable<T> table, JsonNode entity, Instant madeAt) {
        T e = EntityJson.MAPPER.convertValue(entity, table.type());
        return new EntitySave<>(table, e, madeAt);
    }

    /** Whether a row the write touches was changed after the write was made (it then must not be applied again). */
    boolean overtaken(Write w) {
        for (Map.Entry<UUID, EntityTable<? extends Entity>> row : w.rows().entrySet()) {
            Optional<? extends Entity> current = row.getValue().find(row.getKey());
            if (current.isPresent() && current.get().getUpdatedAt() != null && current.get().getUpdatedAt().isAfter(w.madeAt)) {
                return true;
            }
        }
        return false;
    }
}
