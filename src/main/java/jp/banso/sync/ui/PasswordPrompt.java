package jp.banso.sync.ui;

import java.util.Arrays;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import jp.banso.store.sync.SyncSettings;
import jp.banso.ui.Msg;
import jp.banso.ui.ScreenFit;
import jp.banso.ui.Widgets;

/**
 * At start, when connected and the password is not saved: asks for it without blocking the app (not modal; the laptop
 * works offline until it is given, and 後で leaves it for the status bar's 「パスワード未入力」).
 */
final class PasswordPrompt {
    private PasswordPrompt() {
    }

    static Dialog<ButtonType> open(Window owner, SyncSettings.Connection connection, java.util.function.Consumer<char[]> given) {
        PasswordField field = new PasswordField();
        field.setId("sync-prompt-password");
        Label what = new Label(Msg.t("sync.prompt.text", connection.user(), connection.url()));
        what.setWrapText(true);
        what.setMaxWidth(460);
        ButtonType ok = new ButtonType(Msg.t("sync.prompt.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Msg.t("sync.prompt.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.setTitle(Msg.t("sync.prompt.title"));
        d.setHeaderText(Msg.t("sync.prompt.header"));
        d.getDialogPane().setId("sync-prompt-dialog");
        d.getDialogPane().getButtonTypes().addAll(ok, later);
        d.getDialogPane().lookupButton(ok).setId("sync-prompt-ok");
        d.getDialogPane().lookupButton(ok).disableProperty().bind(field.textProperty().isEmpty());
        d.getDialogPane().setContent(new VBox(10, what, field, Widgets.muted(Msg.t("sync.prompt.offline"))));
        d.setOnShown(e -> field.requestFocus());
        d.setResultConverter(b -> b);
        d.setOnHidden(e -> {
            if (d.getResult() == ok) {
                char[] typed = field.getText().toCharArray();
                field.clear();
                given.accept(typed);
                Arrays.fill(typed, '\0');
            } else {
                field.clear();
            }
        });
        ScreenFit.dialog(d).show();
        return d;
    }
}
