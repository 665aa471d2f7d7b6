package jp.banso.app;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import jp.banso.domain.JapaneseDates;
import jp.banso.store.BackupInfo;
import jp.banso.ui.Msg;

/** バックアップから復元…: the backups, newest first, with date and time, reason and case count; returns the chosen one. */
final class RestoreDialog {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private RestoreDialog() {
    }

    /** 2025-01-06T00:00Z → 2025年1月6日（月） 9:00 (local time). */
    static String when(Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, ZoneId.systemDefault());
        return Msg.t("backup.when", JapaneseDates.western(t.toLocalDate()), TIME.format(t));
    }

    static String count(Integer n) {
        return n == null ? Msg.t("restore.unknown") : String.valueOf(n);
    }

    static Optional<BackupInfo> choose(Window owner, List<BackupInfo> backups, String folder) {
        Dialog<BackupInfo> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Msg.t("restore.title"));
        d.setHeaderText(Msg.t("restore.header"));
        d.getDialogPane().setId("restore-dialog");
        ButtonType restore = new ButtonType(Msg.t("restore.choose"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Msg.t("restore.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(restore, close);

        TableView<BackupInfo> table = new TableView<>();
        table.setId("backup-table");
        table.setPlaceholder(new Label(Msg.t("restore.none")));
        table.getColumns().add(column(Msg.t("restore.col.when"), 230, b -> when(b.takenAt())));
        table.getColumns().add(column(Msg.t("restore.col.reason"), 80, BackupInfo::reasonLabel));
        TableColumn<BackupInfo, String> cases = column(Msg.t("restore.col.cases"), 80, b -> count(b.cases()));
        cases.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(cases);
        table.getColumns().add(column(Msg.t("restore.col.encrypted"), 90, b -> b.encrypted() ? Msg.t("restore.encrypted") : ""));
        table.getColumns().add(column(Msg.t("restore.col.version"), 90, b -> b.appVersion() == null ? "" : b.appVersion()));
        table.getItems().setAll(backups);
        table.setPrefSize(600, 360);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        if (!backups.isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        table.setRowFactory(tv -> {
            javafx.scene.control.TableRow<BackupInfo> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    ((javafx.scene.control.Button) d.getDialogPane().lookupButton(restore)).fire();
                }
            });
            return row;
        });
        Label where = new Label(Msg.t("restore.folder", folder));
        where.setWrapText(true);
        where.setMaxWidth(600);
        where.getStyleClass().add("muted");
        VBox box = new VBox(10, table, where);
        box.setPadding(new Insets(4, 0, 0, 0));
        d.getDialogPane().setContent(box);
        d.getDialogPane().lookupButton(restore).setId("restore-choose");
        d.getDialogPane().lookupButton(restore).disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        d.setResultConverter(b -> b == restore ? table.getSelectionModel().getSelectedItem() : null);
        return jp.banso.ui.ScreenFit.dialog(d).showAndWait();
    }

    private static TableColumn<BackupInfo, String> column(String title, double width, java.util.function.Function<BackupInfo, String> text) {
        TableColumn<BackupInfo, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
