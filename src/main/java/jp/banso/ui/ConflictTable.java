package jp.banso.ui;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A list of conflicts, both versions side by side: one row per conflict, each text column up to three wrapped lines
 * (the whole text in its tooltip), and a column of controls to choose which version stays. Used by ケースを取り込む (this
 * Banso / the file) and by the team server's 競合の一覧 (this laptop / the server).
 */
public final class ConflictTable<T> extends TableView<T> {
    /** Three lines of text per side. */
    private static final double ROW_HEIGHT = 70;

    public ConflictTable(String id) {
        setId(id);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setFixedCellSize(ROW_HEIGHT);
        VBox.setVgrow(this, Priority.ALWAYS);
    }

    /** Adds the column of controls (a choice, buttons) built by {@code cell} for each conflict. */
    public ConflictTable<T> controlColumn(String title, double width, Supplier<TableCell<T, T>> cell) {
        TableColumn<T, T> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> cell.get());
        col.setPrefWidth(width);
        col.setSortable(false);
        getColumns().add(col);
        return this;
    }

    /** Adds a column of text (what the conflict is about, or one side's version). */
    public ConflictTable<T> textColumn(String title, double width, Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        col.setCellFactory(c -> new TextCell<>(c));
        col.setPrefWidth(width);
        col.setSortable(false);
        getColumns().add(col);
        return this;
    }

    /** Shows these conflicts; the table is as tall as they need, up to a few rows (it scrolls beyond). */
    public void show(List<T> conflicts) {
        getItems().setAll(conflicts);
        setPrefHeight(Math.min(300, 48 + ROW_HEIGHT * conflicts.size()));
        setMinHeight(Math.min(190, 48 + ROW_HEIGHT * conflicts.size()));
    }

    private static final class TextCell<T> extends TableCell<T, String> {
        private final Label label = new Label();
        private final Tooltip tip = new Tooltip();

        TextCell(TableColumn<T, String> column) {
            label.setWrapText(true);
            label.setMaxHeight(ROW_HEIGHT - 4);
            label.prefWidthProperty().bind(column.widthProperty().subtract(14));
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            label.setTooltip(tip);
        }

        @Override
        protected void updateItem(String s, boolean empty) {
            super.updateItem(s, empty);
            label.setText(s);
            tip.setText(s);
            setGraphic(empty || s == null ? null : label);
        }
    }
}
