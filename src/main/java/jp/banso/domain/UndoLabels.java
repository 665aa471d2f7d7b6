package jp.banso.domain;

import java.util.Objects;

/**
 * What 元に戻す and やり直す would do now, in the words of the action ("付箋を追加"); empty when there is nothing to
 * undo or to redo. {@code undoBlocked} / {@code redoBlocked}: that step overlaps a change that came from the team server
 * and can no longer be taken back (or done again); asking for it says so, and drops it.
 */
public record UndoLabels(String undo, String redo, boolean undoBlocked, boolean redoBlocked) {
    public static final UndoLabels NONE = new UndoLabels("", "");

    public UndoLabels {
        Objects.requireNonNull(undo, "undo");
        Objects.requireNonNull(redo, "redo");
    }

    public UndoLabels(String undo, String redo) {
        this(undo, redo, false, false);
    }

    /** Whether there is a step to ask for (a blocked one too: asking explains why it cannot be taken back). */
    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }
}
