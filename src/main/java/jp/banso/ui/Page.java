package jp.banso.ui;

import javafx.scene.Node;

/**
 * One page of an open case (概要, プロフィール, スケジュール, ボード, 課題, ロードマップ): a view over a model that holds the
 * page's state and talks to the store (docs/decisions/0012). The case's workspace creates the model, hands it to the
 * page, shows {@link #view()} and calls {@link #close()} when the page is left or the case is closed.
 */
public interface Page {
    /** What the workspace shows. */
    Node view();

    /**
     * The page is left: release what outlives it (listeners on long-lived objects, timers, windows). Edits waiting for
     * their autosave are flushed by the workspace before this (PendingEdits). Pages holding nothing keep this no-op.
     */
    default void close() {
    }

    /**
     * Sync applied changes from the team server to rows of this case; {@code typing}: a text field of the page has the
     * focus. A page that can read them again in place without disturbing what is typed does so and answers true. On
     * false the workspace waits until nothing is typed, asks again, and otherwise shows the page afresh over a new
     * model (the default; docs/decisions/0012: a page shows what its model reads).
     */
    default boolean refreshFromServer(boolean typing) {
        return false;
    }
}
