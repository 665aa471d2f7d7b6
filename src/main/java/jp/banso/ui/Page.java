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
     * Sync applied changes from the team server to rows of this case. A page whose model reads them again in place
     * (keeping what is being typed) does so and answers true; by default the workspace shows the page afresh instead,
     * once nothing is being typed in it (docs/decisions/0012: a page shows what its model reads).
     */
    default boolean refreshFromServer() {
        return false;
    }
}
