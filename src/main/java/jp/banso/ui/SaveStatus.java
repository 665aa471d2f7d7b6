package jp.banso.ui;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** What the status bar says about saving: "保存しました 14:02:11" or the error. One for the whole app. */
public final class SaveStatus {
    private static final ReadOnlyStringWrapper MESSAGE = new ReadOnlyStringWrapper("");
    private static final ReadOnlyStringWrapper ERROR = new ReadOnlyStringWrapper("");

    private SaveStatus() {
    }

    private static final java.util.concurrent.atomic.AtomicBoolean QUEUED = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * From now on every write the store commits — a form, a note on the board, a bar on the roadmap, an import —
     * sets 「保存しました」 with its time. Writes on other threads are shown once the FX thread gets to them.
     */
    public static void follow(jp.banso.store.Store store) {
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
        MESSAGE.set(Msg.t("status.saved", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"))));
        ERROR.set("");
    }

    public static void failed(String message) {
        ERROR.set(message);
    }

    public static ReadOnlyStringProperty message() {
        return MESSAGE.getReadOnlyProperty();
    }

    public static ReadOnlyStringProperty error() {
        return ERROR.getReadOnlyProperty();
    }
}
