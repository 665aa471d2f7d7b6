package jp.banso.sync.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import jp.banso.store.Store;
import jp.banso.ui.Msg;
import jp.banso.ui.PendingEdits;
import jp.banso.ui.ScreenFit;

/**
 * Team sync in the main window: the ファイル menu's items (チームサーバーに接続…, 今すぐ同期, 競合の一覧…, 同期の記録…,
 * チームサーバーとの接続を解除), the status bar's indicator (「同期済み 12:34」… opens the log; 「競合 2件」 the conflict list;
 * 「パスワード未入力」 the password prompt), and the background {@link SyncService} behind them.
 */
public final class SyncMenu {
    /** How long the exit waits for the last sync before the app closes anyway. */
    public static final Duration AT_EXIT = Duration.ofSeconds(5);

    private final Store store;
    private final Clock clock;
    private final Supplier<Window> owner;
    private final SyncService service;

    public SyncMenu(Store store, Clock clock, Supplier<Window> owner) {
        this.store = store;
        this.clock = clock;
        this.owner = owner;
        this.service = new SyncService(store);
    }

    public SyncService service() {
        return service;
    }

    /** Once the window is up: the first sync, or the password question when it is not saved. */
    public void start() {
        service.start();
        if (service.settings().needsPassword()) {
            askPassword();
        }
    }

    public List<MenuItem> menuItems() {
        var notConnected = Bindings.createBooleanBinding(() -> service.state().get().phase() == SyncState.Phase.NOT_CONNECTED,
                service.state());
        MenuItem connect = item("sync.menu.connect", "menu-sync-connect", () -> ConnectDialog.open(owner.get(), service.settings(),
                service::syncNow));
        MenuItem now = item("sync.menu.now", "menu-sync-now", () -> {
            PendingEdits.flushAll(); // what was just typed goes too
            service.syncNow();
        });
        now.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+S"));
        now.disableProperty().bind(notConnected);
        MenuItem conflicts = item("sync.menu.conflicts", "menu-sync-conflicts", this::showConflicts);
        MenuItem log = item("sync.menu.log", "menu-sync-log", this::showLog);
        MenuItem disconnect = item("sync.menu.disconnect", "menu-sync-disconnect", this::disconnect);
        disconnect.disableProperty().bind(notConnected);
        return List.of(connect, now, conflicts, log, disconnect);
    }

    private static MenuItem item(String key, String id, Runnable action) {
        MenuItem m = new MenuItem(Msg.t(key));
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    /** The status bar's part: hidden when not connected. */
    public Node indicator() {
        Hyperlink status = new Hyperlink();
        status.setId("sync-status");
        status.textProperty().bind(Bindings.createStringBinding(
                () -> service.state().get().text(clock.getZone(), LocalDate.now(clock)), service.state()));
        Tooltip why = new Tooltip();
        why.setWrapText(true);
        why.setMaxWidth(520);
        why.textProperty().bind(Bindings.createStringBinding(() -> {
            SyncState s = service.state().get();
            return s.problem() != null ? s.problem() : Msg.t("sync.status.tooltip");
        }, service.state()));
        status.setTooltip(why);
        status.setOnAction(e -> {
            status.setVisited(false);
            if (service.state().get().phase() == SyncState.Phase.NEEDS_PASSWORD) {
                askPassword();
            } else {
                showLog();
            }
        });
        Hyperlink conflicts = new Hyperlink();
        conflicts.setId("sync-status-conflicts");
        conflicts.textProperty().bind(Bindings.createStringBinding(() -> service.state().get().conflictsText(), service.state()));
        conflicts.visibleProperty().bind(conflicts.textProperty().isNotEmpty());
        conflicts.managedProperty().bind(conflicts.visibleProperty());
        conflicts.getStyleClass().add("field-error");
        conflicts.setOnAction(e -> {
            conflicts.setVisited(false);
            showConflicts();
        });
        HBox box = new HBox(2, status, conflicts);
        box.setId("sync-indicator");
        box.visibleProperty().bind(status.textProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void askPassword() {
        service.settings().connection().ifPresent(c -> PasswordPrompt.open(owner.get(), c, typed -> {
            service.settings().usePassword(typed);
            service.syncNow();
        }));
    }

    private void showLog() {
        SyncLogDialog.open(owner.get(), service.sync().log(SyncLogDialog.SHOWN), clock.getZone());
    }

    private void showConflicts() {
        ConflictsDialog.open(owner.get(), new ConflictsModel(service.sync(), store.cases()), service::refresh);
    }

    private void disconnect() {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Msg.t("sync.disconnect.text"), ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle(Msg.t("sync.menu.disconnect"));
        a.setHeaderText(Msg.t("sync.disconnect.header"));
        a.getDialogPane().setId("sync-disconnect-dialog");
        if (ScreenFit.dialog(a).showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
            service.disconnect();
        }
    }

    /** At exit: the last sync, for at most {@link #AT_EXIT}. */
    public void closeAtExit() {
        service.closeAtExit(AT_EXIT);
    }

    /** The store is replaced (a restore, a new password): this one stops. */
    public void close() {
        service.close();
    }
}
