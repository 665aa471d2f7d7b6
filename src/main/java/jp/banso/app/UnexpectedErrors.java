package jp.banso.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import jp.banso.ui.Msg;
import jp.banso.ui.ScreenFit;

/**
 * What the user sees when an action fails in a way no screen handles itself: the store's own Japanese message (an
 * import refused while edits wait to be written, say), or a plain Japanese sentence — never Java's text, which goes
 * to the log. One message at a time, so a failure repeated by every mouse move does not bury the window.
 */
final class UnexpectedErrors {
    private static Alert showing;

    private UnexpectedErrors() {
    }

    /** For the FX thread: its failures are shown; other threads' are logged by their own code. */
    static void install() {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> show(e));
    }

    static void show(Throwable e) {
        String text = jp.banso.ui.Failures.describe(e, jp.banso.store.StoreException.UNEXPECTED); // logged there
        if (showing != null && showing.isShowing()) {
            return;
        }
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.setTitle(Msg.t("error.title"));
        a.setHeaderText(null);
        a.getDialogPane().setId("unexpected-error");
        Window owner = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
        if (owner != null) {
            a.initOwner(owner);
        }
        showing = ScreenFit.dialog(a);
        showing.show(); // not modal-and-wait: this may run inside any event, even a layout pass
    }
}
