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
