package jp.banso.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** What the status bar says about saving: "保存しました 14:02:11" or the error. One for the whole app. */
public final class SaveStatus {
    private static final ReadOnlyStringWrapper MESSAGE = new ReadOnlyStringWrapper("");
    private static final ReadOnlyStringWrapper ERROR = new ReadOnlyStringWrapper("");
    /** The error in full, with what to do (the status bar's tooltip). */
    private static final ReadOnlyStringWrapper DETAIL = new ReadOnlyStringWrapper("");

    private SaveStatus() {
    }

    private static final java.util.concurrent.atomic.AtomicBoolean QUEUED = new java.util.concurrent.atomic.AtomicBoolean();
    /** How often edits kept after a failed write are tried again (the disk may have space by then). */
    static final javafx.util.Duration RETRY_EVERY = javafx.util.Duration.seconds(3);
    private static javafx.animation.Timeline retrying;
    private static jp.banso.store.Store followed;

    /**
     * From now on every write the store commits — a form, a note on the board, a bar on the roadmap, an import —
     * sets 「保存しました」 with its time. Writes on other threads are shown once the FX thread gets to them. While
     * edits wait because the disk cannot take them, the bar says how many and why instead, and they are tried again
     * every few seconds.
     */
    public static void follow(jp.banso.store.Store store) {
        followed = store;
        jp.banso.store.PendingWrites pending = store.pendingWrites();
        pending.addListener(() -> javafx.application.Platform.runLater(() -> showPending(store)));
        if (retrying == null) {
            retrying = new javafx.animation.Timeline(new javafx.animation.KeyFrame(RETRY_EVERY, e -> {
                if (followed != null && followed.isOpen() && followed.pendingWrites().size() > 0) {
                    followed.pendingWrites().retry();
                }
            }));
            retrying.setCycleCount(javafx.animation.Animation.INDEFINITE);
            retrying.play();
        }
        store.onCommittedWrite(() -> {
            if (javafx.application.Platform.isFxApplicationThread()) {
                saved();
            } else if (QUEUED.compareAndSet(false, true)) {
                javafx.application.Platform.runLater(() -> {
                    QUEUED.set(false);
                    saved();
                });
            }
        });
    }

    public static void saved() {
        if (followed != null && followed.pendingWrites().size() > 0) {
            return; // a write got through, but others still wait: the bar keeps saying so
        }
        MESSAGE.set(Msg.t("status.saved", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
        ERROR.set("");
        DETAIL.set("");
    }

    private static void showPending(jp.banso.store.Store store) {
        if (store != followed) {
            return;
        }
        jp.banso.store.PendingWrites pending = store.pendingWrites();
        if (pending.size() > 0) {
            MESSAGE.set(""); // no 「保存しました」 beside edits that are not saved
            ERROR.set(Msg.t("status.pending", pending.size(), pending.reason()));
            DETAIL.set(pending.problem());
        } else if (!ERROR.get().isEmpty()) {
            saved();
        }
    }

    public static void failed(String message) {
        ERROR.set(message);
        DETAIL.set(message);
    }

    public static ReadOnlyStringProperty detail() {
        return DETAIL.getReadOnlyProperty();
    }

    public static ReadOnlyStringProperty message() {
        return MESSAGE.getReadOnlyProperty();
    }

    public static ReadOnlyStringProperty error() {
        return ERROR.getReadOnlyProperty();
    }
}
