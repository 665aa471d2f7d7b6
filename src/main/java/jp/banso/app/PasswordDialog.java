package jp.banso.app;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jp.banso.store.DatabasePassword;
import jp.banso.ui.Msg;
import jp.banso.ui.Widgets;

/**
 * The password dialogs: to open an encrypted folder, to open an older backup, and to set, change or remove the
 * password. The typed characters are handed over as a char array and the fields are cleared; nothing is kept.
 */
final class PasswordDialog {
    /** What the user typed: the current password (to change or remove) and the new one (to set or change). */
    record Typed(char[] current, char[] next) {
        void clear() {
            if (current != null) {
                Arrays.fill(current, '\0');
            }
            if (next != null) {
                Arrays.fill(next, '\0');
            }
        }
    }

    private PasswordDialog() {
    }

    /** The answer at start: a password, or (after a wrong one) the wish to restore a backup instead. */
    record Unlock(char[] password, boolean restoreInstead) {
    }

    /**
     * At start: the password of the data folder. Empty when the user chose 終了. After a wrong password, and when there
     * are backups, it also offers バックアップから復元… (for a file whose encryption header is damaged: that reads as a
     * wrong password for every password).
     */
    static Optional<Unlock> unlock(Window owner, String folder, boolean wrongBefore, boolean offerRestore) {
        ButtonType restore = new ButtonType(Msg.t("menu.restore"), ButtonBar.ButtonData.LEFT);
        Optional<char[]> typed = single(owner, Msg.t("password.unlock.header"), Msg.t("password.unlock.text", folder),
                Msg.t("password.open"), Msg.t("password.exit"), wrongBefore, wrongBefore && offerRestore ? restore : null);
        if (typed.isPresent()) {
            return Optional.of(typed.get() == RESTORE ? new Unlock(null, true) : new Unlock(typed.get(), false));
        }
        return Optional.empty();
    }

    /** A backup taken under another password. Empty when the user gave up. */
    static Optional<char[]> forBackup(Window owner, String when, boolean wrongBefore) {
        return single(owner, Msg.t("restore.backupPassword.header"), Msg.t("restore.backupPassword.text", when),
                Msg.t("password.open"), Msg.t("restore.close"), wrongBefore, null);
    }

    private static final char[] RESTORE = new char[0];

    private static Optional<char[]> single(Window owner, String header, String text, String ok, String cancel,
                                           boolean wrongBefore, ButtonType extra) {
        Dialog<char[]> d = dialog(owner, header);
        ButtonType open = new ButtonType(ok, ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(open, close);
        if (extra != null) {
            d.getDialogPane().getButtonTypes().add(extra);
            javafx.scene.control.Button b = (javafx.scene.control.Button) d.getDialogPane().lookupButton(extra);
            b.setId("password-restore");
            ButtonBar.setButtonUniformSize(b, false);
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        PasswordField field = field("password-field");
        Label error = error();
        if (wrongBefore) {
            error.setText(Msg.t("password.wrong"));
        }
        GridPane g = grid();
        g.addRow(0, new Label(Msg.t("password.field")), field);
        d.getDialogPane().setContent(new VBox(10, wrapped(text), g, error));
        d.getDialogPane().lookupButton(open).setId("password-ok");
        d.getDialogPane().lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        d.setResultConverter(b -> b == open ? take(field) : b != null && b == extra ? RESTORE : null);
        d.setOnShown(e -> Platform.runLater(field::requestFocus));
        Optional<char[]> result = d.showAndWait();
        field.clear();
        return result;
    }

    /** パスワードを設定…: a new password, typed twice. */
    static Optional<Typed> set(Window owner) {
        return form(owner, Msg.t("password.set.header"), Msg.t("password.set.text"), Msg.t("password.set.ok"), false, true, null);
    }

    /** パスワードを変更…: the current one (checked before the dialog closes) and a new one typed twice. */
    static Optional<Typed> change(Window owner, Predicate<char[]> isCurrent) {
        return form(owner, Msg.t("password.change.header"), Msg.t("password.change.text"), Msg.t("password.change.ok"),
                true, true, isCurrent);
    }

    /** パスワードを解除…: the current one. */
    static Optional<Typed> remove(Window owner, Predicate<char[]> isCurrent) {
        return form(owner, Msg.t("password.remove.header"), Msg.t("password.remove.text"), Msg.t("password.remove.ok"),
                true, false, isCurrent);
    }

    private static Optional<Typed> form(Window owner, String header, String text, String ok, boolean askCurrent,
                                        boolean askNew, Predicate<char[]> isCurrent) {
        Dialog<Typed> d = dialog(owner, header);
        ButtonType done = new ButtonType(ok, ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(done, Widgets.CANCEL);
        PasswordField current = field("password-current");
        PasswordField next = field("password-new");
        next.setPromptText(Msg.t("password.hint", DatabasePassword.MIN_LENGTH));
        PasswordField again = field("password-again");
        Label error = error();
        GridPane g = grid();
        int r = 0;
        if (askCurrent) {
            g.addRow(r++, new Label(Msg.t("password.current")), current);
        }
        if (askNew) {
            g.addRow(r++, new Label(Msg.t("password.new")), next);
            g.addRow(r, new Label(Msg.t("password.confirm")), again);
        }
        d.getDialogPane().setContent(new VBox(10, wrapped(text), g, error));
        Node button = d.getDialogPane().lookupButton(done);
        button.setId("password-ok");
        button.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String problem = null;
            if (askCurrent && current.getText().isEmpty()) {
                problem = Msg.t("password.currentWrong");
            } else if (askNew && DatabasePassword.length(next.getText().toCharArray()) < DatabasePassword.MIN_LENGTH) {
                problem = Msg.t("password.tooShort", DatabasePassword.MIN_LENGTH);
            } else if (askNew && !next.getText().equals(again.getText())) {
                problem = Msg.t("password.mismatch");
            } else if (askCurrent && isCurrent != null && !isCurrent.test(current.getText().toCharArray())) {
                problem = Msg.t("password.currentWrong");
            }
            if (problem != null) {
                error.setText(problem);
                e.consume();
            }
        });
        d.setResultConverter(b -> b == done ? new Typed(askCurrent ? take(current) : null, askNew ? take(next) : null) : null);
        d.setOnShown(e -> Platform.runLater(askCurrent ? current::requestFocus : next::requestFocus));
        Optional<Typed> result = d.showAndWait();
        current.clear();
        next.clear();
        again.clear();
        return result;
    }

    private static <T> Dialog<T> dialog(Window owner, String header) {
        Dialog<T> d = new Dialog<>();
        if (owner != null) {
            d.initOwner(owner);
        }
        d.setTitle(Msg.t("password.title") + " — " + Msg.t("app.title"));
        d.setHeaderText(header);
        d.getDialogPane().setPrefWidth(560);
        d.getDialogPane().setId("password-dialog");
        style(d.getDialogPane());
        return jp.banso.ui.ScreenFit.dialog(d);
    }

    /** The app's look for dialogs shown before (or without) the main window's scene. */
    static void style(javafx.scene.control.DialogPane pane) {
        pane.getStylesheets().add(java.util.Objects.requireNonNull(
                PasswordDialog.class.getResource("/jp/banso/ui/banso.css")).toExternalForm());
    }

    private static PasswordField field(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPrefColumnCount(24);
        return f;
    }

    private static Label error() {
        Label error = new Label();
        error.setId("password-error");
        error.getStyleClass().add("field-error");
        return error;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(480);
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(10);
        g.setPadding(new Insets(4, 0, 0, 0));
        return g;
    }

    private static char[] take(PasswordField field) {
        return field.getText().toCharArray();
    }
}
