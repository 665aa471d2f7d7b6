package jp.banso.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.banso.domain.Entity;
import jp.banso.domain.FieldError;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * An editable list of small entities (team members, participants, action items…) as rows of fields.
 * Each row saves itself as it is typed (see {@link FormBinder}); "＋ 追加" adds a saved empty row.
 * Made by {@link #builder}: {@code RowListEditor.<TeamMember>builder("team").addLabel(…).emptyText(…)
 * .column("役割", 135).flexibleColumn("所属").create(model::newTeamMember).validate(TeamMember::validate)
 * .save(model::save).delete(model::delete).row(b -> …).build()}.
 */
public final class RowListEditor<T extends Entity> extends VBox {

    /** Builds the cells of one row; use {@link #cell} to keep a field's error message under it. */
    public interface RowFactory<T extends Entity> {
        List<Node> cells(FormBinder<T> binder);
    }

    private final List<String> headers;
    private final double[] widths;
    private final Supplier<T> create;
    private final Function<T, List<FieldError>> validate;
    private final Consumer<T> save;
    private final Consumer<T> delete;
    private final Function<T, String> deleteMessage;
    private final RowFactory<T> rowFactory;
    private final Runnable onChanged;
    private final GridPane grid = new GridPane();
    private final List<T> items = new ArrayList<>();
    private final Label empty;

    /** Starts an editor whose node id is {@code id} (its buttons' ids start with it). */
    public static <T extends Entity> Builder<T> builder(String id) {
        return new Builder<>(id);
    }

    /**
     * The parts of a row list, each named: its texts, its columns, how a row is created, checked, saved and deleted,
     * and the fields of a row. Everything but {@link #deleteMessage} and {@link #onChanged} is required.
     */
    public static final class Builder<T extends Entity> {
        private final String id;
        private String addLabel;
        private String emptyText;
        private final List<String> headers = new ArrayList<>();
        private final List<Double> widths = new ArrayList<>();
        private Supplier<T> create;
        private Function<T, List<FieldError>> validate;
        private Consumer<T> save;
        private Consumer<T> delete;
        private Function<T, String> deleteMessage = t -> Msg.t("row.deleteConfirm");
        private RowFactory<T> row;
        private Runnable onChanged = () -> { };

        private Builder(String id) {
            this.id = Objects.requireNonNull(id);
        }

        /** The text of the ＋ button that adds a row. */
        public Builder<T> addLabel(String label) {
            this.addLabel = label;
            return this;
        }

        /** What shows while there are no rows. */
        public Builder<T> emptyText(String text) {
            this.emptyText = text;
            return this;
        }

        /** A column that keeps its width (a narrow one, up to 130, never shrinks). */
        public Builder<T> column(String header, double width) {
            if (width <= 0) {
                throw new IllegalArgumentException("width " + width + ": use flexibleColumn");
            }
            headers.add(header);
            widths.add(width);
            return this;
        }

        /** A column that takes the width the fixed ones leave. */
        public Builder<T> flexibleColumn(String header) {
            headers.add(header);
            widths.add(-1.0);
            return this;
        }

        /** A new row's entity (saved at once when ＋ is clicked). */
        public Builder<T> create(Supplier<T> create) {
            this.create = create;
            return this;
        }

        public Builder<T> validate(Function<T, List<FieldError>> validate) {
            this.validate = validate;
            return this;
        }

        /** The autosave of a row (see {@link FormBinder}). */
        public Builder<T> save(Consumer<T> save) {
            this.save = save;
            return this;
        }

        public Builder<T> delete(Consumer<T> delete) {
            this.delete = delete;
            return this;
        }

        /** What the confirmation says before a row is deleted (default: the generic question). */
        public Builder<T> deleteMessage(Function<T, String> message) {
            this.deleteMessage = message;
            return this;
        }

        /** The cells of one row, one per column. */
        public Builder<T> row(RowFactory<T> row) {
            this.row = row;
            return this;
        }

        /** Called after a row is added, saved or deleted. */
        public Builder<T> onChanged(Runnable onChanged) {
            this.onChanged = onChanged;
            return this;
        }

        public RowListEditor<T> build() {
            if (headers.isEmpty()) {
                throw new IllegalStateException(id + ": no columns");
            }
            return new RowListEditor<>(this);
        }
    }

    private RowListEditor(Builder<T> b) {
        this.headers = List.copyOf(b.headers);
        this.widths = b.widths.stream().mapToDouble(Double::doubleValue).toArray();
        this.create = Objects.requireNonNull(b.create, "create");
        this.validate = Objects.requireNonNull(b.validate, "validate");
        this.save = Objects.requireNonNull(b.save, "save");
        this.delete = Objects.requireNonNull(b.delete, "delete");
        this.deleteMessage = b.deleteMessage;
        this.rowFactory = Objects.requireNonNull(b.row, "row");
        this.onChanged = b.onChanged;
        String id = b.id;
        setId(id);
        getStyleClass().add("row-list");
        grid.setHgap(8);
        grid.setVgap(6);
        empty = new Label(Objects.requireNonNull(b.emptyText, "emptyText"));
        empty.getStyleClass().add("muted");
        Button add = new Button(Objects.requireNonNull(b.addLabel, "addLabel"), new FontIcon("mdi2p-plus"));
        add.setId(id + "-add");
        add.getStyleClass().add(Styles.FLAT);
        add.setOnAction(e -> addRow());
        setSpacing(6);
        getChildren().addAll(grid, empty, add);
    }

    public void setItems(List<T> list) {
        items.clear();
        items.addAll(list);
        rebuild();
    }

    public List<T> items() {
        return List.copyOf(items);
    }

    private void addRow() {
        T item = create.get();
        save.accept(item);
        items.add(item);
        rebuild();
        onChanged.run();
        // put the cursor in the new row's first field, ready to type
        grid.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == items.size() && GridPane.getColumnIndex(n) == 0)
                .findFirst().ifPresent(n -> n.lookupAll(".text-input").stream().findFirst().ifPresent(Node::requestFocus));
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.getColumnConstraints().clear();
        for (double w : widths) {
            ColumnConstraints cc = new ColumnConstraints();
            if (w > 0) {
                cc.setPrefWidth(w);
                // a narrow column holds a short value (順位, 優先度, a date) that must stay readable: it keeps its
                // width, and the page scrolls sideways on a very narrow screen instead
                cc.setMinWidth(w <= 130 ? w : w * 0.6);
            } else {
                // the flexible column takes what the fixed ones leave, not its content's full width
                cc.setHgrow(Priority.ALWAYS);
                cc.setMinWidth(160);
                cc.setPrefWidth(240);
            }
            grid.getColumnConstraints().add(cc);
        }
        grid.getColumnConstraints().add(new ColumnConstraints(36));
        for (int c = 0; c < headers.size(); c++) {
            Label h = new Label(headers.get(c));
            h.getStyleClass().add("column-header");
            grid.add(h, c, 0);
        }
        for (int r = 0; r < items.size(); r++) {
            T item = items.get(r);
            FormBinder<T> binder = new FormBinder<>(item, validate, save).onSaved(onChanged);
            List<Node> cells = rowFactory.cells(binder);
            for (int c = 0; c < cells.size(); c++) {
                Node cell = cells.get(c);
                // every cell starts at the row's top: a message under one field (a wrong date) makes the row taller
                // without pushing the others (the 完了 box) down
                GridPane.setValignment(cell, javafx.geometry.VPos.TOP);
                if (cell instanceof javafx.scene.control.CheckBox) {
                    GridPane.setMargin(cell, new javafx.geometry.Insets(9, 0, 0, 4)); // level with the fields' text
                }
                grid.add(cell, c, r + 1);
            }
            Button remove = new Button(null, new FontIcon("mdi2c-close"));
            remove.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
            remove.setTooltip(new Tooltip(Msg.t("row.delete")));
            remove.setId(getId() + "-delete-" + r);
            remove.setOnAction(e -> confirmDelete(item));
            GridPane.setValignment(remove, javafx.geometry.VPos.TOP);
            grid.add(remove, cells.size(), r + 1);
        }
        grid.setVisible(!items.isEmpty());
        grid.setManaged(!items.isEmpty());
        empty.setVisible(items.isEmpty());
        empty.setManaged(items.isEmpty());
    }

    private void confirmDelete(T item) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, deleteMessage.apply(item), ButtonType.OK, Widgets.CANCEL);
        a.setHeaderText(null);
        a.setTitle(Msg.t("row.delete"));
        if (getScene() != null) {
            a.initOwner(getScene().getWindow());
        }
        ScreenFit.dialog(a).showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> {
            PendingEdits.flushAll();
            delete.accept(item);
            items.remove(item);
            rebuild();
            onChanged.run();
        });
    }

    /** A field with its error message under it. */
    public static VBox cell(Node control, Label error) {
        VBox box = new VBox(2, control, error);
        box.setAlignment(Pos.TOP_LEFT);
        if (control instanceof javafx.scene.layout.Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        return box;
    }
}
