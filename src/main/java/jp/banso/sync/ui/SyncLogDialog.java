package jp.banso.sync.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Modality;
import javafx.stage.Window;
import jp.banso.store.sync.SyncLogEntry;
import jp.banso.ui.Msg;
import jp.banso.ui.ScreenFit;

/** ファイル › 同期の記録…: what came and went, newest first (not modal: it can stay open beside the work). */
final class SyncLogDialog {
    /** How many entries are shown. */
    static final int SHOWN = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private SyncLogDialog() {
    }

    static Dialog<ButtonType> open(Window owner, List<SyncLogEntry> entries, ZoneId zone) {
        TableView<SyncLogEntry> table = new TableView<>();
        table.setId("sync-log");
        table.setPlaceholder(new javafx.scene.control.Label(Msg.t("sync.log.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(Msg.t("sync.log.at"), 150, e -> WHEN.format(e.at().atZone(zone))));
        table.getColumns().add(column(Msg.t("sync.log.kind"), 90, SyncLogEntry::kind));
        table.getColumns().add(column(Msg.t("sync.log.summary"), 480, SyncLogEntry::summary));
        table.getItems().setAll(entries);
        table.setPrefSize(740, 420);
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.setResizable(true);
        d.setTitle(Msg.t("sync.log.title"));
        d.setHeaderText(Msg.t("sync.log.header"));
        d.getDialogPane().setId("sync-log-dialog");
        d.getDialogPane().setContent(table);
        d.getDialogPane().getButtonTypes().add(new ButtonType(Msg.t("handouts.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        ScreenFit.dialog(d).show();
        return d;
    }

    private static TableColumn<SyncLogEntry, String> column(String title, double width, java.util.function.Function<SyncLogEntry, String> value) {
        TableColumn<SyncLogEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
