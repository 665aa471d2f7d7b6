package jp.banso.bundle.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import jp.banso.bundle.BundleFormat;
import jp.banso.store.Store;
import jp.banso.ui.Msg;

/** The ファイル menu's ケースを書き出す… and ケースを取り込む…, and opening a .banso given to the app at start. */
public final class BundleMenu {
    /** Asks for the bundle to import (a file chooser; tests put their own file here, Monocle has no native dialogs). */
    private static volatile Function<Window, Path> chooser = BundleMenu::chooseWithDialog;

    private BundleMenu() {
    }

    /** Replaces the file chooser of ケースを取り込む… (tests); null brings back the real one. */
    public static void useChooser(Function<Window, Path> c) {
        chooser = c == null ? BundleMenu::chooseWithDialog : c;
    }

    public static ExportBundleDialog export(Window owner, Store store, Collection<UUID> preselected, Clock clock) {
        return ExportBundleDialog.open(owner, store, preselected, clock);
    }

    /** Asks for a file, then shows its import preview; null when no file was chosen. */
    public static ImportBundleDialog chooseAndImport(Window owner, Store store, Runnable onImported) {
        Path file = chooser.apply(owner);
        return file == null ? null : ImportBundleDialog.open(owner, store, file, onImported);
    }

    /** The import preview of a file (a file association or a path on the command line). */
    public static ImportBundleDialog importFile(Window owner, Store store, Path file, Runnable onImported) {
        return ImportBundleDialog.open(owner, store, file, onImported);
    }

    private static Path chooseWithDialog(Window owner) {
        FileChooser c = new FileChooser();
        c.setTitle(Msg.t("bundle.import.title"));
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Msg.t("bundle.fileType"), "*" + BundleFormat.EXTENSION),
                new FileChooser.ExtensionFilter(Msg.t("bundle.allFiles"), "*.*"));
        Path documents = ExportBundleDialog.defaultFolder();
        if (Files.isDirectory(documents)) {
            c.setInitialDirectory(documents.toFile());
        }
        File f = c.showOpenDialog(owner);
        return f == null ? null : f.toPath();
    }
}
