package jp.banso.domain;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How every model with undo (board, roadmap) runs an action: the work touches live entities through an {@link Edit};
 * a refused action is taken back in memory; the change set is stored with its history entry (a failed write is taken
 * back too); then the model's memory follows the stored copies, the 元に戻す/やり直す labels are read again and the
 * listeners hear what changed. Undo and redo apply stored change sets the same way.
 */
public final class UndoableActions {

    public interface Listener {
        void changed(ChangeSet changes);
    }

    /** Where actions and their history are kept (a repository, bound to one board or one case). */
    public interface Storage {
        void record(ChangeSet changes, boolean join);

        Optional<ChangeSet> undo();

        Optional<ChangeSet> redo();

        /** Labels of what undo and redo would do now (empty when nothing). */
        String[] nextUndoRedo();
    }

    /** The model's live entities. */
    public interface Memory {
        void put(Entity e);

        void remove(Entity e);

        /** After a change set was applied (e.g. sort lanes again). */
        default void applied() {
        }
    }

    private final Storage storage;
    private final Memory memory;
    private final UnaryOperator<Entity> copier;
    private final Function<String, RuntimeException> saveFailed;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private String undoLabel = "";
    private String redoLabel = "";

    /** @param saveFailed the model's own exception for "could not save, taken back" (its message is given) */
    public UndoableActions(Storage storage, Memory memory, UnaryOperator<Entity> copier, Function<String, RuntimeException> saveFailed) {
        this.storage = storage;
        this.memory = memory;
        this.copier = copier;
        this.saveFailed = saveFailed;
        refreshLabels();
    }

    /** Runs an action; {@code join} stores it as part of the latest one (one step to undo). */
    public void run(String label, Consumer<Edit> work, boolean join) {
        Edit e = new Edit(copier, memory::put);
        ChangeSet cs;
        try {
            work.accept(e);
            cs = e.toChangeSet(label);
        } catch (RuntimeException ex) {
            apply(e.toChangeSet(label).inverse()); // a refused action leaves nothing behind
            throw ex;
        }
        if (cs.isEmpty()) {
            return;
        }
        try {
            storage.record(cs, join); // kept to write later when the disk cannot take it: the action stays on screen
        } catch (RuntimeException ex) {
            apply(cs.inverse());
            throw saveFailed.apply("保存できなかったため、操作を取り消しました。" + ex.getMessage());
        }
        applyAndNotify(cs); // deletions, and the same copies the history holds
    }

    /** The storage refuses (with its reason) while actions wait to be written: nothing may be taken back before them. */
    public void undo() {
        try {
            storage.undo().ifPresent(this::applyAndNotify);
        } catch (RuntimeException ex) {
            throw saveFailed.apply(ex.getMessage());
        }
    }

    public void redo() {
        try {
            storage.redo().ifPresent(this::applyAndNotify);
        } catch (RuntimeException ex) {
            throw saveFailed.apply(ex.getMessage());
        }
    }

    public String undoLabel() {
        return undoLabel;
    }

    public String redoLabel() {
        return redoLabel;
    }

    public boolean canUndo() {
        return !undoLabel.isEmpty();
    }

    public boolean canRedo() {
        return !redoLabel.isEmpty();
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    private void applyAndNotify(ChangeSet cs) {
        apply(cs);
        try {
            refreshLabels();
        } catch (RuntimeException ex) {
            // the database cannot be read (a full disk closes it): the action just done is the one to take back
            undoLabel = cs.label();
            redoLabel = "";
        }
        for (Listener l : listeners) {
            l.changed(cs);
        }
    }

    private void apply(ChangeSet cs) {
        for (Change c : cs.changes()) {
            if (c.after() == null) {
                memory.remove(c.before());
            } else {
                memory.put(c.after());
            }
        }
        memory.applied();
    }

    private void refreshLabels() {
        String[] labels = storage.nextUndoRedo();
        undoLabel = labels[0];
        redoLabel = labels[1];
    }
}
