package jp.banso.domain;

import java.util.Objects;

/**
 * What 元に戻す and やり直す would do now, in the words of the action ("付箋を追加"); empty when there is nothing to
 * undo or to redo.
 */
public record UndoLabels(String undo, String redo) {
    public static final UndoLabels NONE = new UndoLabels("", "");

    public UndoLabels {
        Objects.requireNonNull(undo, "undo");
        Objects.requireNonNull(redo, "redo");
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }
}
