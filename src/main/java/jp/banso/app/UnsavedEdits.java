package jp.banso.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import jp.banso.store.PendingWrites;
import jp.banso.store.RecoveryFile;
import jp.banso.store.Store;
import jp.banso.store.StoreException;
import jp.banso.ui.Msg;
import jp.banso.ui.PendingEdits;
import jp.banso.ui.ScreenFit;
import jp.banso.ui.Widgets;

/**
 * Edits the disk did not take ({@link PendingWrites}) at the two moments that matter: quitting — the window does not
 * close silently; the user may try again, save them to a file elsewhere, or quit after a confirmation — and the next
 * start, which offers to apply that file. ファイル → 未保存の変更を読み込む… applies one by hand.
 */
public final class UnsavedEdits {
    private static final Logger LOG = Logger.getLogger(UnsavedEdits.class.getName());
    /** Asks where to save (true) or which file to open (false); tests put their own here (Monocle has no native dialogs). */
    private static volatile BiFunction<Window, Boolean, Path> chooser = UnsavedEdits::chooseWithDialog;

    private UnsavedEdits() {
    }

    /** Replaces the file chooser (tests); null brings back the real one. */
    public static void useChooser(BiFunction<Window, Boolean, Path> c) {
        chooser = c == null ? UnsavedEdits::chooseWithDialog : c;
    }

    enum Choice { RETRY, TO_FILE, QUIT, CANCEL }

    /**
     * Whether the window may close: yes when every edit is written (tried once more first); otherwise only once the
     * user saved them to a file or confirmed losing them.
     */
    public static boolean mayClose(Window owner, Store store) {
        if (store == null || !store.isOpen()) {
            return true;
        }
        PendingEdits.flushAll();
        PendingWrites pending = store.pendingWrites();
        String stillFailing = null;
        while (!pending.retry()) {
            switch (ask(owner, pending, stillFailing)) {
                case RETRY:
                    stillFailing = Msg.t("unsaved.stillFailing", pending.problem());
                    break;
                case TO_FILE:
                    if (saveToFile(owner, store)) {
                        return true;
                    }
                    break;
                case QUIT:
                    if (confirmLoss(owner, pending.size())) {
                        return true;
                    }
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    private static Choice ask(Window owner, PendingWrites pending, String stillFailing) {
        ButtonType retry = new ButtonType(Msg.t("unsaved.retry"), ButtonBar.ButtonData.YES);
        ButtonType toFile = new ButtonType(Msg.t("unsaved.toFile"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(Msg.t("unsaved.quit"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.WARNING, "", retry, toFile, quit, Widgets.CANCEL);
        a.setTitle(Msg.t("unsaved.title"));
        a.setHeaderText(Msg.t("unsaved.header", pending.size()));
        a.getDialogPane().setId("unsaved-dialog");
        List<String> what = pending.descriptions();
        ListView<String> list = new ListView<>();
        list.setId("unsaved-list");
        list.getItems().setAll(what.size() > 200 ? what.subList(0, 200) : what);
        if (what.size() > 200) {
            list.getItems().add(Msg.t("unsaved.more", what.size() - 200));
        }
        list.setPrefHeight(Math.min(6, list.getItems().size()) * 38 + 6);
        javafx.scene.control.Label text = new javafx.scene.control.Label(
                (stillFailing == null ? "" : stillFailing + "\n") + Msg.t("unsaved.message", pending.problem()));
        text.setWrapText(true);
        text.setId("unsaved-message");
        VBox content = new VBox(10, text, list);
        content.setPrefWidth(560);
        a.getDialogPane().setContent(content);
        if (owner != null) {
            a.initOwner(owner);
        }
        ButtonType b = ScreenFit.dialog(a).showAndWait().orElse(Widgets.CANCEL);
        if (b == retry) {
            return Choice.RETRY;
        }
        if (b == toFile) {
            return Choice.TO_FILE;
        }
        return b == quit ? Choice.QUIT : Choice.CANCEL;
    }

    private static boolean confirmLoss(Window owner, int count) {
        ButtonType quit = new ButtonType(Msg.t("unsaved.confirmQuitButton"), ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Msg.t("unsaved.confirmQuit", count), quit, Widgets.CANCEL);
        a.setTitle(Msg.t("unsaved.title"));
        a.setHeaderText(null);
        a.getDialogPane().setId("unsaved-confirm-quit");
        // the safe answer is the default: Enter does not throw work away
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(quit)).setDefaultButton(false);
        ((javafx.scene.control.Button) a.getDialogPane().lookupButton(Widgets.CANCEL)).setDefaultButton(true);
        if (owner != null) {
            a.initOwner(owner);
        }
        return ScreenFit.dialog(a).showAndWait().orElse(Widgets.CANCEL) == quit;
    }

    private static boolean saveToFile(Window owner, Store store) {
        Path file = chooser.apply(owner, true);
        if (file == null) {
            return false;
        }
        if (!file.getFileName().toString().endsWith(RecoveryFile.EXTENSION)) {
            file = file.resolveSibling(file.getFileName() + RecoveryFile.EXTENSION);
        }
        int count = store.pendingWrites().size();
        try {
            boolean pointer = RecoveryFile.save(store, file);
            info(owner, "unsaved-saved", Msg.t(pointer ? "unsaved.savedWithPointer" : "unsaved.savedNoPointer", count, file));
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "recovery file not written", e);
            error(owner, Msg.t("unsaved.fileFailed", file));
            return false;
        }
    }

    // --- the next start ---

    /** At start, once the window is up: offers the file the last run saved edits to, if it left a pointer. */
    public static void offerRecovery(Window owner, Store store, Runnable afterApply) {
        Optional<Path> pointed = RecoveryFile.pointed(store.directory());
        if (pointed.isEmpty()) {
            return;
        }
        Path file = pointed.get();
        if (!Files.isRegularFile(file)) {
            info(owner, "recovery-missing", Msg.t("unsavedFile.missing", file));
            return;
        }
        RecoveryFile.Contents contents;
        try {
            contents = RecoveryFile.read(store, file);
        } catch (StoreException e) {
            error(owner, e.getMessage());
            return;
        }
        ButtonType apply = new ButtonType(Msg.t("unsavedFile.apply"), ButtonBar.ButtonData.YES);
        ButtonType later = new ButtonType(Msg.t("unsavedFile.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType drop = new ButtonType(Msg.t("unsavedFile.drop"), ButtonBar.ButtonData.NO);
        String when = LocalDateTime.ofInstant(contents.savedAt(), ZoneId.systemDefault())
                .format(DateTimeFormatter.ofPattern("yyyy年M月d日 H:mm"));
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Msg.t("unsavedFile.offer", contents.size(), when, file), apply, drop, later);
        a.setTitle(Msg.t("unsaved.title"));
        a.setHeaderText(Msg.t("unsavedFile.header"));
        a.getDialogPane().setId("recovery-offer");
        if (owner != null) {
            a.initOwner(owner);
        }
        ButtonType b = ScreenFit.dialog(a).showAndWait().orElse(later);
        if (b == apply) {
            apply(owner, store, contents, afterApply);
        } else if (b == drop && confirm(owner, Msg.t("unsavedFile.dropConfirm"))) {
            RecoveryFile.forget(store.directory());
        }
    }

    /** ファイル → 未保存の変更を読み込む…: a recovery file chosen by hand (from a USB stick, say). */
    public static void chooseAndApply(Window owner, Store store, Runnable afterApply) {
        Path file = chooser.apply(owner, false);
        if (file == null) {
            return;
        }
        try {
            apply(owner, store, RecoveryFile.read(store, file), afterApply);
        } catch (StoreException e) {
            error(owner, e.getMessage());
        }
    }

    private static void apply(Window owner, Store store, RecoveryFile.Contents contents, Runnable afterApply) {
        PendingEdits.flushAll();
        RecoveryFile.Applied done;
        try {
            done = RecoveryFile.apply(store, contents);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "recovery file not applied", e);
            error(owner, Msg.t("unsavedFile.failed", StoreException.userMessage(e)));
            return;
        }
        RecoveryFile.forget(store.directory());
        StringBuilder text = new StringBuilder(Msg.t("unsavedFile.applied", done.written()));
        if (done.skipped() > 0) {
            text.append('\n').append(Msg.t("unsavedFile.skipped", done.skipped()));
        }
        if (done.refused() > 0) {
            text.append('\n').append(Msg.t("unsavedFile.refused", done.refused()));
        }
        afterApply.run();
        info(owner, "recovery-applied", text.toString());
    }

    // --- small dialogs ---

    private static void info(Window owner, String id, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        a.setTitle(Msg.t("unsaved.title"));
        a.setHeaderText(null);
        a.getDialogPane().setId(id);
        if (owner != null) {
            a.initOwner(owner);
        }
        ScreenFit.dialog(a).showAndWait();
    }

    private static void error(Window owner, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        a.setTitle(Msg.t("unsaved.title"));
        a.setHeaderText(null);
        a.getDialogPane().setId("unsaved-error");
        if (owner != null) {
            a.initOwner(owner);
        }
        ScreenFit.dialog(a).showAndWait();
    }

    private static boolean confirm(Window owner, String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, Widgets.CANCEL);
        a.setTitle(Msg.t("unsaved.title"));
        a.setHeaderText(null);
        if (owner != null) {
            a.initOwner(owner);
        }
        return ScreenFit.dialog(a).showAndWait().orElse(Widgets.CANCEL) == ButtonType.OK;
    }

    private static Path chooseWithDialog(Window owner, Boolean save) {
        FileChooser c = new FileChooser();
        c.setTitle(Msg.t("unsaved.chooseFile"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Msg.t("unsaved.fileType"), "*" + RecoveryFile.EXTENSION));
        Path home = Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(home)) {
            c.setInitialDirectory(home.toFile());
        }
        java.io.File f;
        if (save) {
            c.setInitialFileName(Msg.t("unsaved.fileName",
                    LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmm"))) + RecoveryFile.EXTENSION);
            f = c.showSaveDialog(owner);
        } else {
            f = c.showOpenDialog(owner);
        }
        return f == null ? null : f.toPath();
    }
}
