package jp.banso.roadmap;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.ItemStatus;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.OutcomeLevel;
import jp.banso.domain.ProgressEntry;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.Text;
import jp.banso.ui.Formats;
import jp.banso.ui.Msg;
import jp.banso.ui.Widgets;

/**
 * The roadmap as a table for fast typing: every column edits in place (Enter or F2 or a double-click; the value is kept
 * when focus moves away), sortable by any column, filtered by text and status. It edits the same model as the
 * timeline, so both stay in step.
 */
public final class RoadmapTable extends BorderPane {
    private final RoadmapModel model;
    private final ObservableList<RoadmapItem> items = FXCollections.observableArrayList();
    private final FilteredList<RoadmapItem> filtered = new FilteredList<>(items);
    private final TableView<RoadmapItem> table = new TableView<>();
    private final TextField filterText = new TextField();
    private final ComboBox<ItemStatus> filterStatus = new ComboBox<>();
    private Consumer<String> onError = m -> { };
    private Consumer<UUID> onSelect = id -> { };

    public RoadmapTable(RoadmapModel model) {
        this.model = model;
        setId("roadmap-table");
        table.setEditable(true);
        table.setId("roadmap-table-view");
        table.setPlaceholder(new Label(Msg.t("roadmap.empty")));
        SortedList<RoadmapItem> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().addAll(List.of(
                orderColumn(),
                textColumn("title", Msg.t("roadmap.field.title"), 240, RoadmapItem::getTitle, RoadmapItem::setTitle),
                issueColumn(),
                textColumn("owners", Msg.t("roadmap.field.owners"), 160, RoadmapItem::getOwners,
                        (i, v) -> i.setOwners(RoadmapItem.joinOwners(RoadmapItem.splitOwners(v)))),
                monthColumn("start", Msg.t("roadmap.field.start"), RoadmapItem::start, true),
                monthColumn("end", Msg.t("roadmap.field.end"), RoadmapItem::end, false),
                readOnly("months", Msg.t("roadmap.field.months"), 60, i -> i.months() + "か月"),
                dateColumn(),
                textColumn("phase", Msg.t("roadmap.field.phase"), 80, RoadmapItem::getPhase, RoadmapItem::setPhase),
                textColumn("indicatorName", Msg.t("roadmap.field.indicatorName"), 160, RoadmapItem::getIndicatorName, RoadmapItem::setIndicatorName),
                textColumn("indicatorTarget", Msg.t("roadmap.field.indicatorTarget"), 100, RoadmapItem::getIndicatorTarget, RoadmapItem::setIndicatorTarget),
                textColumn("indicatorCurrent", Msg.t("roadmap.field.indicatorCurrent"), 100, RoadmapItem::getIndicatorCurrent, RoadmapItem::setIndicatorCurrent),
                choiceColumn("level", Msg.t("roadmap.field.level"), 130, OutcomeLevel.values(), OutcomeLevel::label,
                        RoadmapItem::getIndicatorLevel, RoadmapItem::setIndicatorLevel),
                choiceColumn("status", Msg.t("roadmap.field.status"), 90, ItemStatus.values(), ItemStatus::label,
                        RoadmapItem::getStatus, RoadmapItem::setStatus),
                readOnly("lastEntry", Msg.t("roadmap.field.lastEntry"), 100, this::lastEntry)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> onSelect.accept(b == null ? null : b.getId()));
        table.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) && table.getEditingCell() == null
                    && !table.getSelectionModel().getSelectedCells().isEmpty()) {
                var pos = table.getFocusModel().getFocusedCell();
                if (pos != null && pos.getTableColumn() != null) {
                    table.edit(pos.getRow(), pos.getTableColumn());
                    e.consume();
                }
            }
        });
        table.getSelectionModel().setCellSelectionEnabled(true);

        filterText.setPromptText(Msg.t("roadmap.filterPrompt"));
        filterText.setId("roadmap-filter");
        filterStatus.getItems().add(null);
        filterStatus.getItems().addAll(ItemStatus.values());
        filterStatus.setConverter(new StringConverter<>() {
            @Override
            public String toString(ItemStatus s) {
                return s == null ? Msg.t("roadmap.allStatuses") : s.label();
            }

            @Override
            public ItemStatus fromString(String text) {
                return null;
            }
        });
        filterStatus.setId("roadmap-filter-status");
        filterStatus.setValue(null);
        filterText.textProperty().addListener((o, a, b) -> applyFilter());
        filterStatus.valueProperty().addListener((o, a, b) -> applyFilter());
        HBox filters = new HBox(8, filterText, filterStatus);
        HBox.setHgrow(filterText, Priority.ALWAYS);
        filters.setPadding(new Insets(0, 0, 8, 0));
        setTop(filters);
        setCenter(table);
        refresh();
    }

    public void onError(Consumer<String> c) {
        onError = c;
    }

    public void onSelect(Consumer<UUID> c) {
        onSelect = c;
    }

    public TableView<RoadmapItem> table() {
        return table;
    }

    /** Reads the items again (after an action from anywhere); keeps the selection. */
    public void refresh() {
        RoadmapItem keep = table.getSelectionModel().getSelectedItem();
        List<RoadmapItem> now = model.items();
        if (!now.equals(items)) {
            items.setAll(now);
        }
        table.refresh();
        if (keep != null && items.contains(keep) && table.getSelectionModel().getSelectedItem() != keep) {
            table.getSelectionModel().select(keep);
        }
    }

    public void select(UUID itemId) {
        if (itemId == null) {
            return;
        }
        table.getItems().stream().filter(i -> i.getId().equals(itemId)).findFirst().ifPresent(i -> {
            if (table.getSelectionModel().getSelectedItem() != i) {
                table.getSelectionModel().select(i);
                table.scrollTo(i);
            }
        });
    }

    private void applyFilter() {
        String[] words = filterText.getText() == null ? new String[0] : filterText.getText().toLowerCase(Locale.ROOT).strip().split("[\\s　]+");
        ItemStatus status = filterStatus.getValue();
        filtered.setPredicate(i -> {
            if (status != null && i.getStatus() != status) {
                return false;
            }
            String hay = String.join(" ", Text.nullToEmpty(i.getTitle()), Text.nullToEmpty(i.getOwners()), Text.nullToEmpty(i.getPhase()),
                    Text.nullToEmpty(i.getIndicatorName()), Text.nullToEmpty(i.getDescription()),
                    model.issue(i.getIssueId()).map(CaseIssue::getStatement).orElse("")).toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (!w.isEmpty() && !hay.contains(w)) {
                    return false;
                }
            }
            return true;
        });
    }

    private String lastEntry(RoadmapItem item) {
        List<ProgressEntry> entries = model.entries(item.getId());
        return entries.isEmpty() ? "—" : Formats.date(entries.get(0).getRecordedOn());
    }

    /** Applies one field's change through the model; a refused value shows why and the cell goes back. */
    private <V> void commit(RoadmapItem item, BiConsumer<RoadmapItem, V> set, V value) {
        RoadmapItem edited = model.editableCopy(item.getId());
        set.accept(edited, value);
        try {
            model.update(edited);
        } catch (RoadmapException ex) {
            onError.accept(ex.getMessage());
            table.refresh();
        }
    }

    // --- columns ---

    private TableColumn<RoadmapItem, Integer> orderColumn() {
        TableColumn<RoadmapItem, Integer> c = new TableColumn<>(Msg.t("roadmap.field.order"));
        c.setId("col-order");
        c.setPrefWidth(48);
        c.setEditable(false);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue().getSortOrder() + 1));
        return c;
    }

    private TableColumn<RoadmapItem, String> readOnly(String id, String title, double width, Function<RoadmapItem, String> value) {
        TableColumn<RoadmapItem, String> c = new TableColumn<>(title);
        c.setId("col-" + id);
        c.setPrefWidth(width);
        c.setEditable(false);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        return c;
    }

    private TableColumn<RoadmapItem, String> textColumn(String id, String title, double width, Function<RoadmapItem, String> get,
            BiConsumer<RoadmapItem, String> set) {
        TableColumn<RoadmapItem, String> c = new TableColumn<>(title);
        c.setId("col-" + id);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(Text.nullToEmpty(get.apply(d.getValue()))));
        c.setCellFactory(col -> new TextEditCell<>(s -> s, s -> s));
        c.setOnEditCommit(e -> commit(e.getRowValue(), set, Text.trimToNull(e.getNewValue())));
        return c;
    }

    private TableColumn<RoadmapItem, String> monthColumn(String id, String title, Function<RoadmapItem, YearMonth> get, boolean start) {
        TableColumn<RoadmapItem, String> c = new TableColumn<>(title);
        c.setId("col-" + id);
        c.setPrefWidth(80);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(Formats.month(get.apply(d.getValue()))));
        c.setCellFactory(col -> new TextEditCell<>(s -> s, s -> s));
        c.setComparator(Comparator.comparing((String s) -> JapaneseDates.parseMonth(s).orElse(YearMonth.of(9999, 1))));
        c.setOnEditCommit(e -> {
            JapaneseDates.Reading<YearMonth> read = JapaneseDates.readMonth(e.getNewValue());
            Optional<YearMonth> m = read.toOptional();
            if (m.isEmpty()) {
                onError.accept(Msg.t("roadmap.badMonth", Text.nullToEmpty(e.getNewValue()),
                        Formats.monthError(read, YearMonth.from(model.exampleDate()))));
                table.refresh();
                return;
            }
            commit(e.getRowValue(), (RoadmapItem i, YearMonth v) -> {
                if (start) {
                    i.setStartMonth(v.atDay(1));
                } else {
                    i.setEndMonth(v.atDay(1));
                }
            }, m.get());
        });
        return c;
    }

    private TableColumn<RoadmapItem, String> dateColumn() {
        TableColumn<RoadmapItem, String> c = new TableColumn<>(Msg.t("roadmap.field.milestone"));
        c.setId("col-milestone");
        c.setPrefWidth(100);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(Formats.date(d.getValue().getMilestone())));
        c.setCellFactory(col -> new TextEditCell<>(s -> s, s -> s));
        c.setComparator(Comparator.comparing((String s) -> JapaneseDates.parse(s).orElse(LocalDate.MAX)));
        c.setOnEditCommit(e -> {
            if (Text.isBlank(e.getNewValue())) {
                commit(e.getRowValue(), RoadmapItem::setMilestone, null);
                return;
            }
            JapaneseDates.Reading<LocalDate> read = JapaneseDates.read(e.getNewValue());
            Optional<LocalDate> d = read.toOptional();
            if (d.isEmpty()) {
                onError.accept(Msg.t("roadmap.badDate", e.getNewValue(), Formats.dateError(read, model.exampleDate())));
                table.refresh();
                return;
            }
            commit(e.getRowValue(), RoadmapItem::setMilestone, d.get());
        });
        return c;
    }

    private TableColumn<RoadmapItem, CaseIssue> issueColumn() {
        TableColumn<RoadmapItem, CaseIssue> c = new TableColumn<>(Msg.t("roadmap.field.issue"));
        c.setId("col-issue");
        c.setPrefWidth(200);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(model.issue(d.getValue().getIssueId()).orElse(null)));
        StringConverter<CaseIssue> conv = Widgets.converter(i -> i == null ? Msg.t("roadmap.noIssue") : TimelineView.issueTitle(i));
        c.setCellFactory(col -> {
            ObservableList<CaseIssue> choices = FXCollections.observableArrayList();
            ComboBoxTableCell<RoadmapItem, CaseIssue> cell = new ComboBoxTableCell<>(conv, choices) {
                @Override
                public void startEdit() {
                    choices.setAll(model.issues());
                    choices.add(0, null);
                    super.startEdit();
                }
            };
            return cell;
        });
        c.setComparator(Comparator.nullsLast(Comparator.comparing(i -> i.getRank() == null ? 999_999 : i.getRank())));
        c.setOnEditCommit(e -> commit(e.getRowValue(), RoadmapItem::setIssueId, e.getNewValue() == null ? null : e.getNewValue().getId()));
        return c;
    }

    private <E extends Enum<E>> TableColumn<RoadmapItem, E> choiceColumn(String id, String title, double width, E[] values,
            Function<E, String> label, Function<RoadmapItem, E> get, BiConsumer<RoadmapItem, E> set) {
        TableColumn<RoadmapItem, E> c = new TableColumn<>(title);
        c.setId("col-" + id);
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(get.apply(d.getValue())));
        ObservableList<E> choices = FXCollections.observableArrayList(values);
        c.setCellFactory(col -> new ComboBoxTableCell<>(Widgets.converter(v -> v == null ? "" : label.apply(v)), choices));
        c.setOnEditCommit(e -> commit(e.getRowValue(), set, e.getNewValue()));
        return c;
    }

    /**
     * A text cell that keeps what was typed when focus moves away (the stock cell throws it away), commits on Enter
     * and Tab, and cancels on Esc.
     */
    static final class TextEditCell<S> extends TableCell<S, String> {
        private final Function<String, String> toText;
        private final Function<String, String> fromText;
        private TextField field;

        TextEditCell(Function<String, String> toText, Function<String, String> fromText) {
            this.toText = toText;
            this.fromText = fromText;
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            field = new TextField(toText.apply(getItem()));
            field.setOnAction(e -> commitEdit(fromText.apply(field.getText())));
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                } else if (e.getCode() == KeyCode.TAB) {
                    commitEdit(fromText.apply(field.getText()));
                    e.consume();
                }
            });
            field.focusedProperty().addListener((o, was, is) -> {
                if (!is && isEditing()) {
                    commitEdit(fromText.apply(field.getText()));
                }
            });
            setText(null);
            setGraphic(field);
            field.requestFocus();
            field.selectAll();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setText(getItem());
            setGraphic(null);
        }

        @Override
        public void commitEdit(String value) {
            if (!isEditing()) {
                return;
            }
            super.commitEdit(value);
            setGraphic(null);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty) {
                setText(null);
                setGraphic(null);
            } else if (isEditing() && field != null) {
                field.setText(item);
                setText(null);
                setGraphic(field);
            } else {
                setText(item);
                setGraphic(null);
            }
        }
    }
}
