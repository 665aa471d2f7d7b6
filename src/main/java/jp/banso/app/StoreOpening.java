package jp.banso.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import jp.banso.store.BackupInfo;
import jp.banso.store.Backups;
import jp.banso.store.DataDirectory;
import jp.banso.store.DatabaseFile;
import jp.banso.store.DatabasePassword;
import jp.banso.store.Restore;
import jp.banso.store.Store;
import jp.banso.store.StoreException;
import jp.banso.ui.Msg;

/**
 * Opening the data folder at start, before the main window: the store opened early in the background when that was
 * possible; otherwise the password of an encrypted folder (asked again after a wrong one, 終了 exits); a damaged
 * database file offers the newest backup that opens (the damaged file is kept aside, never deleted; 終了 changes
 * nothing); a missing database file with backups asks whether to restore or to start empty. Never starts
 * silently on an empty database when there was data.
 */
final class StoreOpening {
    private static final Logger LOG = Logger.getLogger(StoreOpening.class.getName());

    private final DataDirectory.Location location;
    private final Path dir;
    private final Backups backups;
    private final Clock clock;
    /** The password typed at start: tried first on an encrypted backup. */
    private DatabasePassword typed;
    private boolean gaveUp;

    StoreOpening(Path dir) {
        this(dir, Clock.systemDefaultZone());
    }

    StoreOpening(Path dir, Clock clock) {
        this(new DataDirectory.Location(dir, null, false), clock);
    }

    /** The folder as located at start; with a settings problem the default folder is opened only if the user says so. */
    StoreOpening(DataDirectory.Location location) {
        this(location, Clock.systemDefaultZone());
    }

    private StoreOpening(DataDirectory.Location location, Clock clock) {
        this.location = location;
        this.dir = location.folder();
        this.backups = new Backups(dir, clock);
        this.clock = clock;
    }

    /** The store to show; null when the user chose to exit or the folder cannot be used (the reason was shown). */
    Store open() {
        if (!location.usable() && !useDefaultFolder()) {
            return null;
        }
        try {
            Store early;
            try {
                early = EarlyStore.take();
            } catch (StoreException e) {
                return failed(e);
            }
            return early != null ? early : openNow();
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            // a failure nobody explained (a library's English text): a Japanese message instead of a window left waiting
            LOG.log(java.util.logging.Level.WARNING, "store not opened", e);
            fatal(StoreException.userMessage(e));
            return null;
        }
    }

    private Store openNow() {
        DatabaseFile.State state = DatabaseFile.state(dir);
        if (state == DatabaseFile.State.ENCRYPTED) {
            return unlock();
        }
        if (state == DatabaseFile.State.MISSING && !backups.list().isEmpty()) {
            return missing();
        }
        try {
            return Store.open(dir);
        } catch (StoreException e) {
            return failed(e);
        }
    }

    private Store failed(StoreException e) {
        LOG.warning("store not opened: " + e.getMessage() + " / " + e.getCause());
        if (e.reason() == StoreException.Reason.DAMAGED) {
            return recover(e.getMessage());
        }
        if (e.reason() == StoreException.Reason.PASSWORD_REQUIRED) {
            return unlock();
        }
        fatal(e.getMessage());
        return null;
    }

    // --- settings.json names a folder that cannot be used ---

    /** Says what is wrong with the settings file; true when the user chose to open the default folder instead. */
    private boolean useDefaultFolder() {
        LOG.warning("settings problem: " + location.problem());
        ButtonType useDefault = new ButtonType(Msg.t("settings.problem.useDefault"), ButtonBar.ButtonData.OK_DONE);
        ButtonType exit = new ButtonType(Msg.t("recovery.exit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        return ask(Alert.AlertType.WARNING, Msg.t("settings.problem.header"),
                Msg.t("settings.problem.text", location.problem(), dir), useDefault, exit) == useDefault;
    }

    /**
     * Whether an empty database is a first start, where the demo case may be made: never when settings.json named
     * another folder (usable or not), where an empty folder more likely means the data is elsewhere.
     */
    static boolean firstStart(DataDirectory.Location location, AppOptions options, Store store) {
        return !location.bySettings() && !options.noDemo() && store.cases().count() == 0;
    }

    // --- the password ---

    private Store unlock() {
        try {
            Store.checkNotInUse(dir); // before asking: the other Banso has it, whatever the password
        } catch (StoreException e) {
            fatal(e.getMessage());
            return null;
        }
        boolean wrong = false;
        while (true) {
            Optional<PasswordDialog.Unlock> answer = PasswordDialog.unlock(null, dir.toString(), wrong, !backups.list().isEmpty());
            if (answer.isEmpty()) {
                return null;
            }
            if (answer.get().restoreInstead()) {
                return recover(Msg.t("password.wrong") + ": " + dir);
            }
            DatabasePassword password = DataSafety.derive(answer.get().password());
            try {
                return Store.open(dir, password);
            } catch (StoreException e) {
                if (e.reason() == StoreException.Reason.WRONG_PASSWORD) {
                    wrong = true;
                    continue;
                }
                typed = password;
                return failed(e);
            }
        }
    }

    // --- a damaged file: the newest backup that opens ---

    private Store recover(String problem) {
        if (backups.list().isEmpty()) {
            fatal(problem + "\n" + Msg.t("recovery.noBackups"));
            return null;
        }
        Optional<Restore.Prepared> offer = Restore.newestUsable(dir, backups, this::backupPassword);
        if (offer.isEmpty()) {
            fatal(problem + "\n" + Msg.t("recovery.none"));
            return null;
        }
        Restore.Prepared p = offer.get();
        Clock now = Clock.fixed(Instant.now(clock), clock.getZone());
        String aside = Restore.damagedName(LocalDateTime.now(now));
        BackupInfo b = p.backup();
        ButtonType restore = new ButtonType(Msg.t("recovery.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType exit = new ButtonType(Msg.t("recovery.exit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        String text = problem.lines().findFirst().orElse("") + "\n\n"
                + Msg.t("recovery.offer", RestoreDialog.when(b.takenAt()), b.reasonLabel(), p.contents().cases(), aside);
        if (ask(Alert.AlertType.WARNING, Msg.t("recovery.damaged.header"), text, restore, exit) != restore) {
            p.close();
            return null;
        }
        return recover(p, now);
    }

    private Store recover(Restore.Prepared p, Clock now) {
        try {
            return Restore.recover(dir, p, now);
        } catch (StoreException e) {
            fatal(e.getMessage());
            return null;
        }
    }

    private DatabasePassword backupPassword(BackupInfo b, int attempt) {
        if (attempt == 0 && typed != null) {
            return typed;
        }
        if (gaveUp) {
            return null;
        }
        Optional<char[]> pw = PasswordDialog.forBackup(null, RestoreDialog.when(b.takenAt()), attempt > (typed != null ? 1 : 0));
        if (pw.isEmpty()) {
            gaveUp = true; // no more questions for older backups
            return null;
        }
        return DataSafety.derive(pw.get());
    }

    // --- a missing file while backups exist ---

    private Store missing() {
        BackupInfo newest = backups.list().get(0);
        ButtonType restore = new ButtonType(Msg.t("recovery.missing.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType empty = new ButtonType(Msg.t("recovery.missing.empty"), ButtonBar.ButtonData.OTHER);
        ButtonType exit = new ButtonType(Msg.t("recovery.exit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType choice = ask(Alert.AlertType.WARNING, Msg.t("recovery.missing.header"), Msg.t("recovery.missing.text", dir,
                RestoreDialog.when(newest.takenAt()), RestoreDialog.count(newest.cases())), restore, empty, exit);
        if (choice == empty) {
            try {
                return Store.open(dir);
            } catch (StoreException e) {
                return failed(e);
            }
        }
        if (choice != restore) {
            return null;
        }
        Optional<Restore.Prepared> offer = Restore.newestUsable(dir, backups, this::backupPassword);
        if (offer.isEmpty()) {
            fatal(Msg.t("recovery.none"));
            return null;
        }
        return recover(offer.get(), clock);
    }

    // --- dialogs (no window yet: no owner) ---

    private static ButtonType ask(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert a = new Alert(type, text, buttons);
        a.setTitle(Msg.t("app.title"));
        a.setHeaderText(header);
        a.getDialogPane().setMinWidth(600);
        a.getDialogPane().setId("opening-question");
        PasswordDialog.style(a.getDialogPane());
        for (ButtonType b : buttons) {
            a.getDialogPane().lookupButton(b).setId("opening-" + b.getButtonData().name().toLowerCase());
        }
        return a.showAndWait().orElse(null);
    }

    static void fatal(String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setTitle(Msg.t("app.title"));
        a.setHeaderText(Msg.t("app.cannotStart"));
        a.getDialogPane().setMinWidth(560);
        a.getDialogPane().setId("opening-fatal");
        PasswordDialog.style(a.getDialogPane());
        a.showAndWait();
    }
}
