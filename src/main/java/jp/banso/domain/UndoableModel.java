package jp.banso.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A model whose every action can be taken back (the board, the roadmap), and the one way such an action runs: the
 * work changes the model's live entities through an {@link Edit}; a refused action is taken back in memory; the change
 * set is stored with its history entry ({@link Storage}; a failed write is taken back too); then what the action
 * deleted leaves memory, the 元に戻す/やり直す labels follow and the listeners hear what changed. Undo and redo
 * apply stored change sets to memory the same way. A subclass says only how an entity is put into and taken out of its
 * memory (docs/decisions/0013).
 */
public abstract class UndoableModel {
    /** Consecutive actions with the same join key within this time are one step to undo (typing in a form). */
    public static final long JOIN_MILLIS = 4_000;

    /** Told after every action, undo and redo, with what changed (views redraw only that). */
    public interface Listener {
        void changed(ChangeSet changes);
    }

    /** Where the actions and their history are kept, for one board or one case ({@code store.EditHistory}). */
    public interface Storage {
        /** Writes the action with its history entry; {@code join}: as part of the latest entry (one step to undo). */
        void record(ChangeSet changes, boolean join);

        /** Takes back the latest action (written at once) and returns what to apply to memory; empty when none. */
        Optional<ChangeSet> undo();

        Optional<ChangeSet> redo();

        UndoLabels labels();
    }

    private final Storage storage;
    private final Function<String, RuntimeException> refused;
    private final Clock clock;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private UndoLabels labels;
    private String lastJoinKey;
    private long lastJoinAt;

    /**
     * @param refused the model's own exception for an action, undo or redo that could not be saved (its message given)
     * @param clock   for joining actions ({@link #JOIN_MILLIS})
     */
    protected UndoableModel(Storage storage, Function<String, RuntimeException> refused, Clock clock) {
        this.storage = storage;
        this.refused = refused;
        this.clock = clock;
        this.labels = storage.labels();
    }

    // --- the model's memory (its live entities) ---

    /** An entity created or changed, in its state now (undo, redo, or an action taken back). */
    protected abstract void putInMemory(Entity e);

    /** An entity deleted. */
    protected abstract void removeFromMemory(Entity e);

    /** After memory took a change (e.g. sort lanes again). */
    protected void memoryChanged() {
    }

    // --- actions ---

    /** Runs an action, one step to undo. */
    protected final void run(String label, Consumer<Edit> work) {
        run(label, work, null);
    }

    /**
     * Runs an action; one with the same {@code joinKey} (not null) as the action just before, within
     * {@link #JOIN_MILLIS}, joins it: one step to undo (typing a title is one step, not one per pause).
     */
    protected final void run(String label, Consumer<Edit> work, String joinKey) {
        long now = clock.millis();
        boolean join = joinKey != null && joinKey.equals(lastJoinKey) && now - lastJoinAt < JOIN_MILLIS;
        Edit e = new Edit(this::putInMemory);
        ChangeSet cs;
        try {
            work.accept(e);
            cs = e.toChangeSet(label);
        } catch (RuntimeException ex) {
            apply(e.toChangeSet(label).inverse()); // a refused action leaves nothing behind
            throw ex;
        }
        lastJoinKey = joinKey;
        lastJoinAt = now;
        if (cs.isEmpty()) {
            e.settle(cs, this::removeFromMemory); // anything made and dropped within the action leaves memory
            return;
        }
        try {
            storage.record(cs, join); // kept to write later when the disk cannot take it: the action stays on screen
        } catch (RuntimeException ex) {
            apply(cs.inverse());
            lastJoinKey = null;
            throw refused.apply("保存できなかったため、操作を取り消しました。" + ex.getMessage());
        }
        e.settle(cs, this::removeFromMemory);
        memoryChanged();
        labels = labelsAfter(cs, join);
        tell(cs);
    }

    /**
     * What 元に戻す and やり直す say once an action is stored, without reading the history again (a read of every step
     * kept on every action): the history now ends with this action, or with the step it joined, which keeps its
     * name (a blocked step is never joined), and nothing is left to redo.
     */
    private UndoLabels labelsAfter(ChangeSet stored, boolean join) {
        boolean joined = join && labels.canUndo() && !labels.undoBlocked();
        return new UndoLabels(joined ? labels.undo() : stored.label(), "");
    }

    /**
     * An action on entities no model has loaded (the 課題 page deleting a 課題 the roadmap's items point to), written
     * into the same history as the model's own actions: the model's 元に戻す takes it back like any other.
     */
    public static void recordOutside(Storage storage, String label, Consumer<Edit> work) {
        Edit e = new Edit(created -> { });
        work.accept(e);
        ChangeSet cs = e.toChangeSet(label);
        if (!cs.isEmpty()) {
            storage.record(cs, false);
        }
    }

    /** The storage refuses (with its reason) while actions wait to be written: nothing may be taken back before them. */
    public void undo() {
        step(storage::undo);
    }

    public void redo() {
        step(storage::redo);
    }

    /**
     * An undo or a redo: the change set the history wrote, applied to memory; nothing joins across it. A refused one
     * (a step a server change overlaps, dropped by the history) reads the labels again before saying why.
     */
    private void step(Supplier<Optional<ChangeSet>> history) {
        lastJoinKey = null;
        try {
            history.get().ifPresent(this::applyAndTell);
        } catch (RuntimeException ex) {
            readLabelsAndTell(new ChangeSet("", List.of()));
            throw refused.apply(ex.getMessage());
        }
    }

    /**
     * After sync applied changes from the team server: the model's entities as memory holds them and as the store holds
     * them now (read again). What differs (created, changed — a later stamp —, or deleted there) enters memory as any
     * change does, the views hear it, and the labels are read again: the steps such a change overlaps can no longer be
     * undone ({@link UndoLabels#undoBlocked()}). Nothing joins across it (the next edit is a step of its own).
     */
    protected final void tookServerChanges(Collection<? extends Entity> inMemory, Collection<? extends Entity> stored) {
        Map<java.util.UUID, Entity> left = new LinkedHashMap<>();
        inMemory.forEach(e -> left.put(e.getId(), e));
        List<Change> changes = new ArrayList<>();
        for (Entity now : stored) {
            Entity live = left.remove(now.getId());
            if (live == null) {
                changes.add(new Change(null, now));
            } else if (!java.util.Objects.equals(live.getUpdatedAt(), now.getUpdatedAt())) {
                changes.add(new Change(Entity.copyOf(live), now));
            }
        }
        left.values().forEach(gone -> changes.add(new Change(gone, null)));
        lastJoinKey = null;
        applyAndTell(new ChangeSet("", changes));
    }

    /** What undo and redo would do now. */
    public UndoLabels undoLabels() {
        return labels;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void applyAndTell(ChangeSet cs) {
        apply(cs);
        readLabelsAndTell(cs);
    }

    private void apply(ChangeSet cs) {
        for (Change c : cs.changes()) {
            if (c.after() == null) {
                removeFromMemory(c.before());
            } else {
                putInMemory(c.after());
            }
        }
        memoryChanged();
    }

    /** After an undo, a redo or changes from the server: the history says what is next. */
    private void readLabelsAndTell(ChangeSet cs) {
        try {
            labels = storage.labels();
        } catch (RuntimeException ex) {
            // the database cannot be read (a full disk closes it): the step just done is the one to take back
            labels = new UndoLabels(cs.label(), "");
        }
        tell(cs);
    }

    private void tell(ChangeSet cs) {
        for (Listener l : listeners) {
            l.changed(cs);
        }
    }
}
