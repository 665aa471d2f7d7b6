package jp.banso.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import jp.banso.store.BackupInfo;
import jp.banso.store.BackupReason;
import jp.banso.store.Backups;
import jp.banso.store.DatabasePassword;
import jp.banso.store.Encryption;
import jp.banso.store.Restore;
import jp.banso.store.Store;
import jp.banso.store.StoreException;
import jp.banso.ui.Msg;
import jp.banso.ui.PendingEdits;
import jp.banso.ui.SaveStatus;
import jp.banso.ui.ScreenFit;
import jp.banso.ui.Widgets;

/**
 * Backups, restore and the password while the app runs. Automatic backups: a few seconds after start (in the
 * background, so the window is not kept waiting), every hour a check whether the newest backup is older than 24 hours,
 * and one at exit. Every backup, restore and password change runs on one worker thread, one after the other, so they
 * never meet; a restore or a password change shows a modal progress dialog (no edits meanwhile) and then hands the new
 * store to the app, which rebuilds the window on it.
 */
final class DataSafety {
    private static final Logger LOG = Logger.getLogger(DataSafety.class.getName());
    private static final Duration DAILY = Duration.ofHours(24);

    /** The app around it: the open store, and what to do when a restore or a password change replaced it. */
    interface Host {
        Store store();

        void replace(Store store);

        Window window();
    }

    private final Host host;
    private final Backups backups;
    private final ScheduledThreadPoolExecutor worker;

    DataSafety(Path dataDir, Host host) {
        this.host = host;
        this.backups = new Backups(dataDir);
        this.worker = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "banso-backup");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        worker.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    }

    /** The automatic backups: at start (after {@code delay}), then the hourly check for the daily one. */
    void start(Duration delay) {
        worker.execute(() -> Restore.cleanUp(host.store()));
        worker.schedule(() -> automatic(BackupReason.START), delay.toMillis(), TimeUnit.MILLISECONDS);
        worker.scheduleWithFixedDelay(() -> {
            if (backups.isDue(DAILY)) {
                automatic(BackupReason.DAILY);
            }
        }, 1, 1, TimeUnit.HOURS);
    }

    private void automatic(BackupReason reason) {
        try {
            Store store = host.store();
            if (store.isOpen()) {
                BackupInfo b = backups.take(store, reason);
                LOG.info(() -> "backup " + reason + ": " + b.file() + " (" + b.bytes() + " bytes)");
            }
        } catch (RuntimeException e) {
            LOG.warning("automatic backup failed: " + e + " / " + e.getCause());
            Platform.runLater(() -> SaveStatus.failed(Msg.t("backup.failed", firstLine(StoreException.userMessage(e)))));
        }
    }

    /** At exit: waits for a backup under way, then takes the exit backup (the window is already gone). */
    void atExit() {
        worker.shutdown();
        try {
            worker.awaitTermination(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Store store = host.store();
        if (store != null && store.isOpen()) {
            try {
                backups.take(store, BackupReason.EXIT);
            } catch (RuntimeException e) {
                LOG.warning("exit backup failed: " + e + " / " + e.getCause());
            }
        }
    }

    /** The ファイル menu's items for the open store (the password items depend on whether it is encrypted). */
    List<MenuItem> menuItems() {
        List<MenuItem> items = new ArrayList<>();
        items.add(item("menu.backupNow", "menu-backup-now", this::backupNow));
        items.add(item("menu.restore", "menu-restore", this::restore));
        if (host.store().isEncrypted()) {
            items.add(item("menu.changePassword", "menu-change-password", this::changePassword));
            items.add(item("menu.removePassword", "menu-remove-password", this::removePassword));
        } else {
            items.add(item("menu.setPassword", "menu-set-password", this::setPassword));
        }
        return items;
    }

    private static MenuItem item(String key, String id, Runnable action) {
        MenuItem m = new MenuItem(Msg.t(key));
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }

    // --- 今すぐバックアップ ---

    void backupNow() {
        PendingEdits.flushAll();
        run(null, () -> backups.take(host.store(), BackupReason.MANUAL),
                b -> info(Msg.t("backup.done.header"), Msg.t("backup.done.text", RestoreDialog.when(b.takenAt()),
                        RestoreDialog.count(b.cases()), backups.folder())),
                e -> failed(Msg.t("backup.now.failed"), e));
    }

    // --- バックアップから復元… ---

    void restore() {
        PendingEdits.flushAll();
        Window w = host.window();
        Optional<BackupInfo> chosen = RestoreDialog.choose(w, backups.list(), backups.folder().toString());
        if (chosen.isEmpty()) {
            return;
        }
        BackupInfo b = chosen.get();
        String when = RestoreDialog.when(b.takenAt());
        if (!confirm(Msg.t("restore.confirm.header"), Msg.t("restore.confirm.text", when, b.reasonLabel(),
                RestoreDialog.count(b.cases()), host.store().cases().count()), Msg.t("restore.confirm.yes"))) {
            return;
        }
        PendingEdits.flushAll();
        record Done(Store store, Restore.Contents contents) {
        }
        run(Msg.t("restore.working"), () -> {
            try (Restore.Prepared p = Restore.prepareFor(host.store(), backups, b, this::askBackupPassword)) {
                Restore.Contents contents = p.contents();
                return new Done(Restore.restore(host.store(), backups, p), contents);
            }
        }, done -> {
            host.replace(done.store());
            info(Msg.t("restore.done.header"), Msg.t("restore.done.text", when, b.reasonLabel(), done.contents().cases()));
        }, e -> {
            if (e instanceof StoreException se && se.reason() == StoreException.Reason.PASSWORD_REQUIRED) {
                info(Msg.t("restore.failed"), Msg.t("restore.cancelled"));
            } else {
                failed(Msg.t("restore.failed"), e);
            }
        });
    }

    /** On the worker: asks on the FX thread and waits for the answer. */
    private DatabasePassword askBackupPassword(BackupInfo b, int attempt) {
        CompletableFuture<Optional<char[]>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(PasswordDialog.forBackup(host.window(), RestoreDialog.when(b.takenAt()), attempt > 0));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        try {
            return answer.get().map(DataSafety::derive).orElse(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    static DatabasePassword derive(char[] typed) {
        try {
            return DatabasePassword.of(typed);
        } finally {
            java.util.Arrays.fill(typed, '\0');
        }
    }

    // --- パスワード ---

    void setPassword() {
        PasswordDialog.set(host.window()).ifPresent(t -> {
            DatabasePassword next = derive(t.next());
            t.clear();
            changePassword(next, n -> Msg.t("password.setDone", n));
        });
    }

    void changePassword() {
        PasswordDialog.change(host.window(), this::isCurrent).ifPresent(t -> {
            DatabasePassword next = derive(t.next());
            t.clear();
            changePassword(next, n -> Msg.t("password.changed"));
        });
    }

    void removePassword() {
        PasswordDialog.remove(host.window(), this::isCurrent).ifPresent(t -> {
            t.clear();
            changePassword(null, n -> Msg.t("password.removed"));
        });
    }

    private boolean isCurrent(char[] typed) {
        return host.store().hasPassword(derive(typed));
    }

    private void changePassword(DatabasePassword next, java.util.function.IntFunction<String> doneText) {
        PendingEdits.flushAll();
        run(Msg.t("password.working"), () -> Encryption.change(host.store(), backups, next), changed -> {
            host.replace(changed.store());
            info(Msg.t("password.done.header"), doneText.apply(changed.backupsEncrypted()));
        }, e -> failed(Msg.t("password.failed"), e));
    }

    // --- running on the worker ---

    /**
     * Runs {@code work} on the worker. With a {@code progress} text, a modal dialog says what is happening until it is
     * done (the user cannot edit meanwhile); {@code done} and {@code failed} run on the FX thread.
     */
    private <T> void run(String progress, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        javafx.stage.Stage wait = progress == null ? null : progressWindow(progress);
        worker.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable e) {
                LOG.warning("failed: " + e + " / " + e.getCause());
                Platform.runLater(() -> {
                    close(wait);
                    failed.accept(e);
                });
                return;
            }
            Platform.runLater(() -> {
                close(wait);
                done.accept(result);
            });
        });
        if (wait != null) {
            wait.show();
        }
    }

    /** A small modal window saying what is happening; the user cannot close it (the work cannot be stopped half-way). */
    private javafx.stage.Stage progressWindow(String text) {
        javafx.stage.Stage w = new javafx.stage.Stage(javafx.stage.StageStyle.UTILITY);
        w.initOwner(host.window());
        w.initModality(javafx.stage.Modality.WINDOW_MODAL);
        w.setTitle(Msg.t("app.title"));
        w.setResizable(false);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(32, 32);
        HBox box = new HBox(16, spinner, new Label(text));
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        box.setPadding(new javafx.geometry.Insets(20, 28, 20, 24));
        box.setId("safety-progress");
        javafx.scene.Scene scene = new javafx.scene.Scene(box);
        MainWindow.style(scene);
        w.setScene(scene);
        w.setOnCloseRequest(javafx.event.Event::consume);
        return w;
    }

    private static void close(javafx.stage.Stage w) {
        if (w != null) {
            w.close();
        }
    }

    // --- messages ---

    private boolean confirm(String header, String text, String yes) {
        ButtonType ok = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ok, Widgets.CANCEL);
        a.initOwner(host.window());
        a.setTitle(Msg.t("app.title"));
        a.setHeaderText(header);
        a.getDialogPane().setMinWidth(560);
        a.getDialogPane().setId("safety-confirm");
        ScreenFit.dialog(a);
        return a.showAndWait().orElse(Widgets.CANCEL) == ok;
    }

    private void info(String header, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.initOwner(host.window());
        a.setTitle(Msg.t("app.title"));
        a.setHeaderText(header);
        a.getDialogPane().setMinWidth(520);
        a.getDialogPane().setId("safety-info");
        ScreenFit.dialog(a);
        a.show();
    }

    private void failed(String header, Throwable e) {
        Store store = e instanceof Restore.Failed f ? f.store() : host.store();
        if (e instanceof Restore.Failed f) {
            host.replace(f.store());
        }
        Alert a = new Alert(Alert.AlertType.ERROR, StoreException.userMessage(e), ButtonType.OK); // detail logged in run()
        a.initOwner(host.window());
        a.setTitle(Msg.t("app.title"));
        a.setHeaderText(header);
        a.getDialogPane().setMinWidth(560);
        a.getDialogPane().setId("safety-error");
        ScreenFit.dialog(a);
        if (store == null || !store.isOpen()) {
            // the store was closed and could not be opened again: nothing can be saved any more
            a.showAndWait();
            Platform.exit();
            return;
        }
        a.show();
    }

    private static String firstLine(String message) {
        return message.lines().findFirst().orElse("");
    }
}
