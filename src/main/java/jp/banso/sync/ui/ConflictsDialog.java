package jp.banso.sync.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import jp.banso.ui.ConflictTable;
import jp.banso.ui.Msg;
import jp.banso.ui.ScreenFit;

/**
 * ファイル › 競合の一覧… (and the status bar's 「競合 2件」): the same field changed on this laptop and on the server. The
 * server's value was applied; this laptop's is kept here until the user decides, row by row.
 */
final class ConflictsDialog {
    private final ConflictsModel model;
    private final Runnable onResolved;
    private final ConflictTable<ConflictsModel.Row> table;
    private final Label title = new Label();

    private ConflictsDialog(ConflictsModel model, Runnable onResolved) {
        this.model = model;
        this.onResolved = onResolved;
        table = new ConflictTable<ConflictsModel.Row>("sync-conflicts")
                .controlColumn(Msg.t("sync.conflicts.choice"), 240, ResolveCell::new)
                .textColumn(Msg.t("sync.conflicts.what"), 210, ConflictsModel.Row::what)
                .textColumn(Msg.t("sync.conflicts.mine"), 240, ConflictsModel.Row::mine)
                .textColumn(Msg.t("sync.conflicts.server"), 240, ConflictsModel.Row::server);
        table.setPlaceholder(new Label(Msg.t("sync.conflicts.none")));
        title.setId("sync-conflicts-title");
        title.getStyleClass().add("field-label");
    }

    static Dialog<ButtonType> open(Window owner, ConflictsModel model, Runnable onResolved) {
        ConflictsDialog c = new ConflictsDialog(model, onResolved);
        c.reload();
        Label help = new Label(Msg.t("sync.conflicts.help"));
        help.getStyleClass().add("muted");
        help.setWrapText(true);
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(8, c.title, help, c.table);
        content.setPrefWidth(940);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.setResizable(true);
        d.setTitle(Msg.t("sync.conflicts.title"));
        d.getDialogPane().setId("sync-conflicts-dialog");
        d.getDialogPane().setContent(content);
        d.getDialogPane().getButtonTypes().add(new ButtonType(Msg.t("handouts.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ScreenFit.dialog(d).show();
        return d;
    }

    private void reload() {
        var rows = model.rows();
        table.show(rows);
        table.setMinHeight(Math.max(table.getMinHeight(), 120)); // room for the placeholder once the list is empty
        title.setText(rows.isEmpty() ? Msg.t("sync.conflicts.none") : Msg.t("sync.conflicts.count", rows.size()));
    }

    private void resolve(ConflictsModel.Row row, boolean keepMine) {
        model.resolve(row, keepMine);
        reload();
        onResolved.run();
    }

    /** 自分の値を使う / サーバーの値のままにする, per conflict. */
    private final class ResolveCell extends TableCell<ConflictsModel.Row, ConflictsModel.Row> {
        private final Button mine = new Button(Msg.t("sync.conflicts.keepMine"));
        private final Button server = new Button(Msg.t("sync.conflicts.keepServer"));
        private final VBox buttons = new VBox(4, mine, server);

        ResolveCell() {
            mine.getStyleClass().add("sync-keep-mine");
            server.getStyleClass().add("sync-keep-server");
            for (Button b : new Button[] {mine, server}) {
                b.setMaxWidth(Double.MAX_VALUE);
            }
            buttons.setAlignment(Pos.CENTER_LEFT);
            mine.setOnAction(e -> resolve(getItem(), true));
            server.setOnAction(e -> resolve(getItem(), false));
        }

        @Override
        protected void updateItem(ConflictsModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setGraphic(empty || row == null ? null : buttons);
        }
    }
}
