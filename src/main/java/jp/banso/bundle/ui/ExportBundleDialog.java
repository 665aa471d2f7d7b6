package jp.banso.bundle.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import jp.banso.bundle.BundleException;
import jp.banso.bundle.BundleExport;
import jp.banso.bundle.BundleFiles;
import jp.banso.bundle.BundleFormat;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.Choices;
import jp.banso.domain.Text;
import jp.banso.store.Store;
import jp.banso.ui.Msg;
import jp.banso.ui.PendingEdits;
import jp.banso.ui.TaskDialog;

/**
 * ケースを書き出す: every case or the ticked ones, a file (named after them, in the documents folder), and 書き出す.
 * The file is written by {@link BundleExport} in the background (a {@link TaskDialog}: no closing until it is written or
 * removed again); the dialog stays open for the result.
 */
public final class ExportBundleDialog extends TaskDialog {
    private final Store store;
    private final List<CaseSummary> cases;
    private final Map<UUID, BooleanProperty> ticked = new LinkedHashMap<>();
    private final RadioButton all = new RadioButton();
    private final RadioButton chosen = new RadioButton(Msg.t("bundle.export.chosen"));
    private final ListView<CaseSummary> list = new ListView<>();
    private final TextField file = new TextField();
    /** The name last suggested: replaced when the choice changes, unless the user typed their own. */
    private String suggested;
    /** The app's: the date in the suggested file name. */
    private final Clock clock;

    private ExportBundleDialog(Window owner, Store store, Collection<UUID> preselected, Clock clock) {
        super(owner, "bundle-export", BundleException.class);
        this.store = store;
        this.clock = clock;
        setTitle(Msg.t("bundle.export.title"));
        setHeaderText(Msg.t("bundle.export.header"));

        cases = new ArrayList<>(store.cases().summaries());
        // prefectures in their usual order (北海道 … 沖縄県), then municipality and 年度
        cases.sort(Comparator.comparingInt((CaseSummary c) -> {
                    int i = Choices.PREFECTURES.indexOf(c.prefecture());
                    return i < 0 ? Integer.MAX_VALUE : i;
                })
                .thenComparing(c -> Text.nullToEmpty(c.prefecture()))
                .thenComparing(c -> Text.nullToEmpty(c.municipality()))
                .thenComparing(c -> c.fiscalYears().isEmpty() ? 0 : c.fiscalYears().get(0)));
        for (CaseSummary c : cases) {
            BooleanProperty p = new SimpleBooleanProperty(preselected.contains(c.id()));
            p.addListener((o, a, b) -> suggest());
            ticked.put(c.id(), p);
        }
        ToggleGroup which = new ToggleGroup();
        all.setText(Msg.t("bundle.export.all", cases.size()));
        all.setId("bundle-export-all");
        chosen.setId("bundle-export-chosen");
        all.setToggleGroup(which);
        chosen.setToggleGroup(which);
        (preselected.isEmpty() ? all : chosen).setSelected(true);
        which.selectedToggleProperty().addListener((o, a, b) -> suggest());

        list.setId("bundle-export-list");
        list.getItems().setAll(cases);
        list.setCellFactory(CheckBoxListCell.forListView(c -> ticked.get(c.id()), jp.banso.ui.Widgets.converter(ExportBundleDialog::label)));
        list.setPrefHeight(200);
        list.disableProperty().bind(all.selectedProperty());

        file.setId("bundle-export-file");
        file.disableProperty().bind(runningProperty());
        HBox fileRow = browseRow(file, "bundle-export-browse", this::browse);

        status().setMaxWidth(640);
        Label about = new Label(Msg.t("bundle.export.about"));
        about.getStyleClass().add("muted");
        about.setWrapText(true);
        about.setMaxWidth(640);
        about.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        VBox content = new VBox(10, section(Msg.t("bundle.export.cases"), new VBox(6, all, chosen, list)),
                section(Msg.t("bundle.export.file"), fileRow), about, progress(), status());
        content.setPrefWidth(660);
        getDialogPane().setContent(content);

        addActionButton(Msg.t("bundle.export.run"), "bundle-export-run", "mdi2f-file-export-outline", this::start)
                .disableProperty().bind(runningProperty());
        addCloseButton(Msg.t("handouts.close"), "bundle-export-close");
        file.setText(defaultFolder().resolve("x").toString());
        suggest();
    }

    /** Opens the dialog (the open or selected case ticked, else every case) and returns at once. */
    public static ExportBundleDialog open(Window owner, Store store, Collection<UUID> preselected, Clock clock) {
        PendingEdits.flushAll(); // what was just typed goes into the file
        ExportBundleDialog d = new ExportBundleDialog(owner, store, preselected, clock);
        jp.banso.ui.ScreenFit.dialog(d).show();
        return d;
    }

    static String label(CaseSummary c) {
        return c.municipality() + "（" + c.prefecture() + "）　" + c.fiscalYearsLabel()
                + (Text.isBlank(c.programme()) ? "" : "　" + c.programme()) + (c.archived() ? "　" + Msg.t("bundle.export.archived") : "");
    }

    static Path defaultFolder() {
        Path home = Path.of(System.getProperty("user.home"));
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    private List<UUID> selection() {
        if (all.isSelected()) {
            return cases.stream().map(CaseSummary::id).toList();
        }
        return cases.stream().filter(c -> ticked.get(c.id()).get()).map(CaseSummary::id).toList();
    }

    /** The suggested name follows the choice, unless the user named the file. */
    private void suggest() {
        List<String> names = new ArrayList<>();
        if (!all.isSelected()) {
            cases.stream().filter(c -> ticked.get(c.id()).get()).forEach(c -> names.add(c.municipality()));
        }
        String name = BundleFiles.defaultName(names, all.isSelected(), LocalDate.now(clock));
        Path current = current();
        String currentName = current == null ? null : current.getFileName().toString();
        if (current == null || suggested == null || currentName.equals(suggested)) {
            Path dir = current == null || current.getParent() == null ? defaultFolder() : current.getParent();
            file.setText(BundleFiles.inFolder(dir, name).toString());
            suggested = name;
        }
    }

    private Path current() {
        String t = file.getText() == null ? "" : file.getText().strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Path.of(t).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Msg.t("bundle.export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Msg.t("bundle.fileType"), "*" + BundleFormat.EXTENSION));
        Path current = current();
        Path dir = current == null ? defaultFolder() : current.getParent();
        while (dir != null && !Files.isDirectory(dir)) {
            dir = dir.getParent();
        }
        if (dir != null) {
            chooser.setInitialDirectory(dir.toFile());
        }
        chooser.setInitialFileName(current == null ? suggested : current.getFileName().toString());
        java.io.File f = chooser.showSaveDialog(getDialogPane().getScene().getWindow());
        if (f != null) {
            file.setText(BundleFiles.withExtension(f.toPath()).toString());
        }
    }

    private void start() {
        List<UUID> ids = selection();
        if (ids.isEmpty()) {
            showError(Msg.t("bundle.export.noCase"));
            return;
        }
        Path target = current();
        if (target == null) {
            showError(Msg.t("bundle.export.noFile"));
            return;
        }
        target = BundleFiles.withExtension(target);
        if (Files.isDirectory(target)) {
            showError(Msg.t("bundle.export.isFolder", target));
            return;
        }
        if (Files.exists(target) && !confirmOverwrite(target)) {
            return;
        }
        PendingEdits.flushAll();
        Path out = target;
        run(new Task<BundleExport.Result>() {
            @Override
            protected BundleExport.Result call() {
                return BundleExport.export(store, ids, out, this::updateMessage);
            }
        }, "banso-bundle-export", r -> status().setText(Msg.t("bundle.export.done", r.cases(), r.file(),
                String.format("%.1f", r.bytes() / (1024.0 * 1024)))), Msg.t("bundle.export.failed"));
    }

    private boolean confirmOverwrite(Path target) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Msg.t("bundle.export.overwrite", target), ButtonType.OK, jp.banso.ui.Widgets.CANCEL);
        a.initOwner(getDialogPane().getScene().getWindow());
        a.setHeaderText(null);
        return a.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK;
    }
}
