package jp.banso.sync.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import jp.banso.store.sync.ServerLogin;
import jp.banso.store.sync.Sync;
import jp.banso.store.sync.SyncException;
import jp.banso.store.sync.SyncSettings;
import jp.banso.ui.Msg;
import jp.banso.ui.ScreenFit;
import jp.banso.ui.TaskDialog;

/**
 * ファイル › チームサーバーに接続…: address, user, password and (for a prefecture's own authority) its certificate.
 * 接続を確認 checks them in the background ({@link Sync#check}: address, TLS, login, the server's schema) and lists the
 * user's teams; 接続する saves the connection with the chosen team — the password only when asked and the database is
 * encrypted — and starts a sync. Changing what was checked asks for a new check. Nothing is saved before 接続する.
 */
final class ConnectDialog extends TaskDialog {
    private final SyncSettings settings;
    private final Runnable onConnected;
    private final TextField url = new TextField();
    private final TextField user = new TextField();
    private final PasswordField password = new PasswordField();
    private final TextField caFile = new TextField();
    private final ComboBox<String> team = new ComboBox<>();
    private final CheckBox savePassword = new CheckBox(Msg.t("sync.connect.savePassword"));
    private final Button check;
    private final Button connect;

    private ConnectDialog(Window owner, SyncSettings settings, Runnable onConnected) {
        super(owner, "sync-connect", SyncException.class);
        this.settings = settings;
        this.onConnected = onConnected;
        setTitle(Msg.t("sync.connect.title"));
        setHeaderText(Msg.t("sync.connect.header"));

        url.setId("sync-url");
        url.setPromptText("jdbc:postgresql://ホスト名/データベース名");
        user.setId("sync-user");
        password.setId("sync-password");
        caFile.setId("sync-ca-file");
        caFile.setPromptText(Msg.t("sync.connect.caPrompt"));
        team.setId("sync-team");
        team.setMaxWidth(Double.MAX_VALUE);
        team.setPromptText(Msg.t("sync.connect.teamPrompt"));
        savePassword.setId("sync-save-password");
        settings.connection().ifPresent(c -> {
            url.setText(c.url());
            user.setText(c.user());
            caFile.setText(c.caFile() == null ? "" : c.caFile().toString());
        });
        savePassword.setSelected(settings.isPasswordSaved());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, label("sync.connect.url"), url);
        form.addRow(1, label("sync.connect.user"), user);
        form.addRow(2, label("sync.connect.password"), password);
        form.addRow(3, label("sync.connect.caFile"), browseRow(caFile, "sync-ca-browse", this::chooseCaFile));
        form.addRow(4, label("sync.connect.team"), team);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        for (var input : List.of(url, user, password, caFile)) {
            input.disableProperty().bind(runningProperty());
            input.textProperty().addListener((o, a, b) -> forgetCheck()); // what was checked changed
        }
        team.disableProperty().bind(runningProperty().or(javafx.beans.binding.Bindings.isEmpty(team.getItems())));

        VBox content = new VBox(12, form, savePasswordRow(), progress(), status());
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(560);
        status().setMaxWidth(540);
        getDialogPane().setContent(content);

        check = addActionButton(Msg.t("sync.connect.check"), "sync-check", "mdi2l-lan-connect", this::check);
        connect = addActionButton(Msg.t("sync.connect.connect"), "sync-connect", "mdi2c-cloud-sync-outline", this::connect);
        connect.disableProperty().bind(runningProperty().or(team.valueProperty().isNull()));
        addCloseButton(Msg.t("sync.connect.cancel"), "sync-connect-cancel");
    }

    static ConnectDialog open(Window owner, SyncSettings settings, Runnable onConnected) {
        ConnectDialog d = new ConnectDialog(owner, settings, onConnected);
        ScreenFit.dialog(d).show();
        return d;
    }

    private static Label label(String key) {
        Label l = new Label(Msg.t(key));
        l.getStyleClass().add("field-label");
        return l;
    }

    /** The box, enabled only in an encrypted database; otherwise it says why (a disabled box shows no tooltip). */
    private VBox savePasswordRow() {
        if (settings.canSavePassword()) {
            return new VBox(savePassword);
        }
        savePassword.setSelected(false);
        savePassword.setDisable(true);
        HBox holder = new HBox(savePassword); // the tooltip sits on what holds the disabled box
        Tooltip.install(holder, new Tooltip(Msg.t("sync.connect.savePasswordOff")));
        Label why = jp.banso.ui.Widgets.muted(Msg.t("sync.connect.savePasswordOff"));
        why.setId("sync-save-password-why");
        why.setWrapText(true);
        why.setMaxWidth(540);
        return new VBox(4, holder, why);
    }

    private void chooseCaFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Msg.t("sync.connect.caFile"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Msg.t("sync.connect.caFilter"), "*.crt", "*.pem", "*.cer"),
                new FileChooser.ExtensionFilter(Msg.t("sync.connect.allFiles"), "*.*"));
        java.io.File f = chooser.showOpenDialog(getDialogPane().getScene().getWindow());
        if (f != null) {
            caFile.setText(f.getAbsolutePath());
        }
    }

    private void forgetCheck() {
        team.getItems().clear();
        team.setValue(null);
        setDefault(check);
    }

    /** Enter presses the next step: 接続を確認, then (once checked) 接続する. */
    private void setDefault(Button b) {
        check.setDefaultButton(b == check);
        connect.setDefaultButton(b == connect);
    }

    /** The login as typed, or null after saying what is wrong with it. */
    private ServerLogin login() {
        try {
            return new ServerLogin(url.getText().strip(), user.getText().strip(), password.getText().toCharArray(), caPath());
        } catch (SyncException e) {
            showError(SyncState.explain(e));
            return null;
        }
    }

    private Path caPath() {
        String ca = caFile.getText().strip();
        return ca.isEmpty() ? null : Path.of(ca);
    }

    private void check() {
        ServerLogin login = login();
        if (login == null) {
            return;
        }
        forgetCheck();
        run(new Task<List<String>>() {
            @Override
            protected List<String> call() {
                updateMessage(Msg.t("sync.connect.checking"));
                try {
                    return Sync.check(login);
                } catch (SyncException e) {
                    throw new SyncException(e.reason(), SyncState.explain(e), e); // said with what to do
                } finally {
                    login.clear();
                }
            }
        }, "banso-sync-check", this::showTeams, Msg.t("sync.error.unexpected"));
    }

    private void showTeams(List<String> teams) {
        if (teams.isEmpty()) {
            showError(Msg.t("sync.connect.noTeam"));
            return;
        }
        team.getItems().setAll(teams);
        String saved = settings.connection().map(SyncSettings.Connection::team).orElse(null);
        team.setValue(teams.contains(saved) ? saved : teams.size() == 1 ? teams.get(0) : null);
        status().setText(Msg.t("sync.connect.checked", teams.size()));
        setDefault(connect);
    }

    private void connect() {
        ServerLogin login = login();
        if (login == null || team.getValue() == null) {
            return;
        }
        settings.connect(new SyncSettings.Connection(login.url(), login.user(), team.getValue(), login.caFile()), login.password(),
                savePassword.isSelected());
        login.clear();
        password.clear();
        close();
        onConnected.run();
    }
}
