package jp.banso.bundle.ui;

import java.nio.file.Path;
import java.util.Map;
import javafx.concurrent.Task;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jp.banso.bundle.BundleException;
import jp.banso.bundle.BundleImport;
import jp.banso.bundle.BundleKind;
import jp.banso.bundle.CaseBundle;
import jp.banso.bundle.ImportPlan;
import jp.banso.bundle.PlanText;
import jp.banso.store.Store;
import jp.banso.ui.ConflictTable;
import jp.banso.ui.Msg;
import jp.banso.ui.PendingEdits;
import jp.banso.ui.TaskDialog;

/**
 * ケースを取り込む: reads and checks the file and compares it with this Banso in the background, then shows the plan
 * (new, identical and conflicting entities per kind; each conflict with both sides, their dates and a choice, the
 * newer side by default). 取り込む writes it all in one transaction and shows what was done; キャンセル changes nothing.
 * Reading and writing run in the background (a {@link TaskDialog}: no closing until they end).
 */
public final class ImportBundleDialog extends TaskDialog {
    private final Store store;
    private final Path file;
    private final Runnable onImported;
    private final VBox content = new VBox(12);
    private final Button importButton;
    private final Button closeButton;
    private ImportPlan plan;
    private ConflictTable<ImportPlan.Conflict> table;
    private BundleImport.Result result;

    private ImportBundleDialog(Window owner, Store store, Path file, Runnable onImported) {
        super(owner, "bundle-import", BundleException.class);
        this.store = store;
        this.file = file;
        this.onImported = onImported;
        setTitle(Msg.t("bundle.import.title"));
        setHeaderText(Msg.t("bundle.import.header", file.getFileName()));

        status().setMaxWidth(880);
        content.setPrefWidth(900);
        getDialogPane().setPrefWidth(940);
        content.getChildren().setAll(progress(), status());
        getDialogPane().setContent(content);

        importButton = addActionButton(Msg.t("bundle.import.run"), "bundle-import-run", "mdi2f-file-import-outline", this::apply);
        importButton.setDisable(true); // until the plan is shown
        closeButton = addCloseButton(Msg.t("bundle.import.cancel"), "bundle-import-cancel");
        read();
    }

    /** Opens the preview for a file and returns at once; {@code onImported} runs after a successful import. */
    public static ImportBundleDialog open(Window owner, Store store, Path file, Runnable onImported) {
        PendingEdits.flushAll(); // what was just typed is compared too
        ImportBundleDialog d = new ImportBundleDialog(owner, store, file, onImported);
        jp.banso.ui.ScreenFit.dialog(d).show();
        return d;
    }

    private void read() {
        run(new Task<ImportPlan>() {
            @Override
            protected ImportPlan call() {
                updateMessage(Msg.t("bundle.import.reading"));
                CaseBundle bundle = BundleImport.read(store, file);
                updateMessage(Msg.t("bundle.import.comparing"));
                return BundleImport.plan(store, bundle, ImportPlan.Prefer.NEWER);
            }
        }, "banso-bundle-read", this::showPlan, Msg.t("bundle.import.failed"), () -> {
            setHeaderText(Msg.t("bundle.import.refusedHeader", file.getFileName()));
            closeButton.setText(Msg.t("handouts.close"));
            hideImportButton();
        });
    }

    private void hideImportButton() {
        importButton.setVisible(false);
        importButton.setManaged(false);
    }

    private void showPlan(ImportPlan p) {
        this.plan = p;
        Label from = new Label(PlanText.header(p.bundle()));
        from.setWrapText(true);
        from.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        from.setId("bundle-import-from");
        java.util.List<javafx.scene.Node> shown = new java.util.ArrayList<>(java.util.List.of(from, counts(p)));
        if (!p.conflicts().isEmpty()) {
            shown.add(conflicts(p));
        }
        for (String n : p.notes()) {
            Label l = new Label(n);
            l.setWrapText(true);
            l.getStyleClass().add("muted");
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            shown.add(l);
        }
        status().setText(p.changesNothing() && p.conflicts().isEmpty() ? Msg.t("bundle.import.nothingNew") : "");
        // the plan goes above the progress and status, which stay where they are (never out of the dialog)
        content.getChildren().addAll(0, shown);
        importButton.setDisable(false);
    }

    /** Two columns of kinds (種類・新規・同じ・違い・削除 twice), so seventeen kinds fit a laptop's screen. */
    private GridPane counts(ImportPlan p) {
        GridPane g = new GridPane();
        g.setId("bundle-import-counts");
        g.setHgap(16);
        g.setVgap(3);
        String[] head = {Msg.t("bundle.import.kind"), Msg.t("bundle.import.added"), Msg.t("bundle.import.identical"),
            Msg.t("bundle.import.conflicts"), Msg.t("bundle.import.deleted")};
        int block = head.length + 1; // a narrow gap between the two blocks
        java.util.List<Map.Entry<BundleKind, ImportPlan.Counts>> rows = new java.util.ArrayList<>(p.counts().entrySet());
        int perColumn = (rows.size() + 2) / 2; // the total goes at the end of the second column
        for (int b = 0; b < 2; b++) {
            for (int i = 0; i < head.length; i++) {
                Label h = new Label(head[i]);
                h.getStyleClass().add("column-header");
                g.add(h, b * block + i, 0);
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            ImportPlan.Counts c = rows.get(i).getValue();
            addRow(g, i / perColumn * block, i % perColumn + 1, rows.get(i).getKey().label(), c.added(), c.identical(), c.conflicts(), c.deleted());
        }
        Label total = addRow(g, block, perColumn, Msg.t("bundle.import.total"), p.added(), p.identical(), p.conflicts().size(), p.deleted());
        total.setStyle("-fx-font-weight: bold;");
        for (int i = 0; i < 2 * block - 1; i++) {
            ColumnConstraints cc = new ColumnConstraints();
            int k = i % block;
            cc.setHalignment(k == 0 ? HPos.LEFT : HPos.RIGHT);
            cc.setMinWidth(k == 0 ? 160 : k == block - 1 ? 24 : 44);
            g.getColumnConstraints().add(cc);
        }
        return g;
    }

    private static Label addRow(GridPane g, int column, int row, String label, int added, int identical, int conflicts, int deleted) {
        Label l = new Label(label);
        g.add(l, column, row);
        g.add(new Label(String.valueOf(added)), column + 1, row);
        g.add(new Label(String.valueOf(identical)), column + 2, row);
        Label c = new Label(String.valueOf(conflicts));
        if (conflicts > 0) {
            c.setStyle("-fx-font-weight: bold; -fx-text-fill: -banso-danger;");
        }
        g.add(c, column + 3, row);
        Label d = new Label(String.valueOf(deleted));
        if (deleted > 0) {
            d.setStyle("-fx-font-weight: bold;");
        }
        g.add(d, column + 4, row);
        return l;
    }

    private VBox conflicts(ImportPlan p) {
        Label title = new Label(Msg.t("bundle.import.conflictsTitle", p.conflicts().size()));
        title.getStyleClass().add("field-label");
        Label help = new Label(Msg.t("bundle.import.conflictsHelp"));
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button newer = new Button(Msg.t("bundle.import.allNewer"));
        newer.setId("bundle-import-all-newer");
        newer.setOnAction(e -> chooseAll(ImportPlan.Prefer.NEWER));
        Button mine = new Button(Msg.t("bundle.import.allMine"));
        mine.setId("bundle-import-all-mine");
        mine.setOnAction(e -> chooseAll(ImportPlan.Prefer.MINE));
        Button theirs = new Button(Msg.t("bundle.import.allTheirs"));
        theirs.setId("bundle-import-all-theirs");
        theirs.setOnAction(e -> chooseAll(ImportPlan.Prefer.THEIRS));
        HBox bulk = new HBox(8, newer, mine, theirs);
        bulk.setAlignment(Pos.CENTER_LEFT);

        table = new ConflictTable<ImportPlan.Conflict>("bundle-import-conflicts")
                .controlColumn(Msg.t("bundle.import.choice"), 170, ChoiceCell::new)
                .textColumn(Msg.t("bundle.import.what"), 220,
                        c -> c.kind().label() + "「" + c.what() + "」" + (c.caseLabel().isEmpty() ? "" : "\n" + c.caseLabel()))
                .textColumn(Msg.t("bundle.import.mine"), 250,
                        c -> PlanText.when(c.mineUpdated()) + (c.theirsNewer() ? "" : Msg.t("bundle.import.newer")) + "\n" + c.mine())
                .textColumn(Msg.t("bundle.import.theirs"), 250,
                        c -> PlanText.when(c.theirsUpdated()) + (c.theirsNewer() ? Msg.t("bundle.import.newer") : "") + "\n" + c.theirs());
        table.show(p.conflicts());
        return new VBox(6, title, help, bulk, table);
    }

    /** このBanso / ファイル, per conflict. */
    private static final class ChoiceCell extends TableCell<ImportPlan.Conflict, ImportPlan.Conflict> {
        private final ComboBox<ImportPlan.Choice> box = new ComboBox<>();

        ChoiceCell() {
            box.getItems().setAll(ImportPlan.Choice.values());
            box.setConverter(jp.banso.ui.Widgets.converter(c -> c == ImportPlan.Choice.MINE ? Msg.t("bundle.import.keepMine") : Msg.t("bundle.import.takeTheirs")));
            box.getStyleClass().add("bundle-choice");
            box.setMaxWidth(Double.MAX_VALUE);
            box.valueProperty().addListener((o, a, b) -> {
                if (getItem() != null && b != null) {
                    getItem().choose(b);
                }
            });
        }

        @Override
        protected void updateItem(ImportPlan.Conflict c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
            } else {
                box.setValue(c.choice());
                setGraphic(box);
            }
        }
    }

    private void chooseAll(ImportPlan.Prefer prefer) {
        plan.chooseAll(prefer);
        table.refresh();
    }

    /** Once: after 取り込む the plan cannot be chosen again (a failed import changed nothing; the user closes). */
    private void apply() {
        ImportPlan p = plan;
        importButton.setDisable(true);
        if (table != null) {
            table.setDisable(true);
        }
        run(new Task<BundleImport.Result>() {
            @Override
            protected BundleImport.Result call() {
                updateMessage(Msg.t("bundle.import.writing"));
                return BundleImport.apply(store, p, this::updateMessage);
            }
        }, "banso-bundle-import", this::showResult, Msg.t("bundle.import.failed"));
    }

    private void showResult(BundleImport.Result r) {
        result = r;
        Label done = new Label(Msg.t("bundle.import.done"));
        done.getStyleClass().add("section-title");
        status().setText(r.summary());
        content.getChildren().setAll(done, status());
        setHeaderText(Msg.t("bundle.import.doneHeader", file.getFileName()));
        hideImportButton();
        closeButton.setText(Msg.t("handouts.close"));
        onImported.run();
    }

    /** Sized to the new content and centred on the main window again (it grew from the small "reading" state). */
    @Override
    protected void fit() {
        super.fit();
        Window w = getDialogPane().getScene().getWindow();
        Window o = getOwner();
        if (o != null && o.isShowing()) {
            w.setX(o.getX() + Math.max(0, (o.getWidth() - w.getWidth()) / 2));
            w.setY(o.getY() + Math.max(0, (o.getHeight() - w.getHeight()) / 2));
        }
    }

    /** The plan once read (tests). */
    public ImportPlan plan() {
        return plan;
    }

    /** What the import did, once done. */
    public BundleImport.Result result() {
        return result;
    }
}
