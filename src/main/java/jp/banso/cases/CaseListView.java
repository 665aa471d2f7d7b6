package jp.banso.cases;

import atlantafx.base.theme.Styles;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import jp.banso.domain.CaseState;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.JapaneseDates;
import jp.banso.ui.Msg;
import org.kordamp.ikonli.javafx.FontIcon;

/** All cases in a sortable table with filters by 年度, 都道府県, state and text. */
public final class CaseListView extends BorderPane {

    private final CaseListModel model;
    private final TableView<CaseSummary> table = new TableView<>();
    private final ComboBox<Integer> yearFilter = new ComboBox<>();
    private final ComboBox<String> prefectureFilter = new ComboBox<>();
    private final Label count = new Label();

    public CaseListView(CaseListModel model, Consumer<UUID> open, Runnable createNew) {
        this.model = model;
        setId("case-list");
        getStyleClass().add("page");

        TextField search = new TextField();
        search.setId("case-search");
        search.setPromptText(Msg.t("caseList.search"));
        search.setPrefColumnCount(18);
        model.text.bind(search.textProperty());

        yearFilter.setId("filter-year");
        yearFilter.setPromptText(Msg.t("caseList.allYears"));
        yearFilter.setConverter(nullable(JapaneseDates::fiscalYearLabel, Msg.t("caseList.allYears")));
        yearFilter.setButtonCell(convertingCell(yearFilter.getConverter()));
        model.fiscalYear.bind(yearFilter.valueProperty());

        prefectureFilter.setId("filter-prefecture");
        prefectureFilter.setPromptText(Msg.t("caseList.allPrefectures"));
        prefectureFilter.setConverter(nullable(s -> s, Msg.t("caseList.allPrefectures")));
        prefectureFilter.setButtonCell(convertingCell(prefectureFilter.getConverter()));
        model.prefecture.bind(prefectureFilter.valueProperty());

        ComboBox<CaseState> stateFilter = new ComboBox<>();
        stateFilter.setId("filter-state");
        stateFilter.getItems().add(null);
        stateFilter.getItems().addAll(CaseState.values());
        stateFilter.setPromptText(Msg.t("caseList.allStates"));
        stateFilter.setConverter(nullable(CaseState::label, Msg.t("caseList.allStates")));
        model.state.bind(stateFilter.valueProperty());

        CheckBox archived = new CheckBox(Msg.t("caseList.showArchived"));
        archived.setId("filter-archived");
        model.includeArchived.bind(archived.selectedProperty());

        Button newCase = new Button(Msg.t("caseList.new"), new FontIcon("mdi2p-plus"));
        newCase.setId("new-case");
        newCase.getStyleClass().add(Styles.ACCENT);
        newCase.setOnAction(e -> createNew.run());

        Button archiveSelected = new Button(Msg.t("caseList.archive"), new FontIcon("mdi2a-archive-outline"));
        archiveSelected.setId("archive-case");
        archiveSelected.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> archiveSelected.setText(
                c != null && c.archived() ? Msg.t("caseList.unarchive") : Msg.t("caseList.archive")));
        archiveSelected.setOnAction(e -> {
            CaseSummary c = table.getSelectionModel().getSelectedItem();
            model.setArchived(c, !c.archived());
        });

        Label title = new Label(Msg.t("caseList.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        // the actions beside the title, the filters on a row of their own that wraps rather than cutting their
        // labels to 「すべ…」 (a 1024-px projector)
        HBox heading = new HBox(10, title, spacer, count, archiveSelected, newCase);
        heading.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.control.Control c : new javafx.scene.control.Control[] {search, yearFilter, prefectureFilter, stateFilter,
                archived, archiveSelected, newCase, count}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(10, 8, search, yearFilter, prefectureFilter, stateFilter, archived);
        filters.setId("case-filters");
        filters.setAlignment(Pos.CENTER_LEFT);
        BorderPane top = new BorderPane(filters, heading, null, null, null);
        BorderPane.setMargin(filters, new Insets(10, 0, 10, 0));
        setTop(top);

        buildTable(open);
        setCenter(table);
        setPadding(new Insets(16, 20, 16, 20));
        model.shown().addListener((javafx.collections.ListChangeListener<CaseSummary>) c -> updateCount());
    }

    private void buildTable(Consumer<UUID> open) {
        table.setId("case-table");
        table.setPlaceholder(new Label(Msg.t("caseList.empty")));
        table.getColumns().add(column(Msg.t("caseList.col.prefecture"), 90, CaseSummary::prefecture));
        TableColumn<CaseSummary, String> town = column(Msg.t("caseList.col.municipality"), 130, c -> model.isReadOnly(c.id()) ? Msg.t("readonly.listMark", c.municipality()) : c.municipality());
        town.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                CaseSummary row = empty ? null : getTableRow().getItem();
                setText(empty ? null : name);
                setGraphic(row != null && model.municipalityUnlisted(row) ? MunicipalityPicker.unlistedIcon() : null);
            }
        });
        table.getColumns().add(town);
        TableColumn<CaseSummary, String> years = column(Msg.t("caseList.col.years"), 130, CaseSummary::fiscalYearsLabel);
        years.setComparator(java.util.Comparator.naturalOrder());
        table.getColumns().add(years);
        table.getColumns().add(column(Msg.t("caseList.col.programme"), 120, CaseSummary::programme));
        table.getColumns().add(column(Msg.t("caseList.col.state"), 70, c -> c.state() == null ? "" : c.state().label()));
        table.getColumns().add(column(Msg.t("caseList.col.stage"), 150, c -> c.stage() == null ? "" : c.stage().numberedLabel()));
        TableColumn<CaseSummary, Integer> open1 = new TableColumn<>(Msg.t("caseList.col.openItems"));
        open1.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().openActionItems()));
        open1.setPrefWidth(70);
        open1.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(open1);
        TableColumn<CaseSummary, String> theme = column(Msg.t("caseList.col.theme"), 320,
                c -> c.applicationTheme() == null ? "" : c.applicationTheme().replace('\n', ' '));
        table.getColumns().add(theme);
        // the app's date style, sorted by the instant itself (its text would sort 10月 before 9月)
        TableColumn<CaseSummary, java.time.Instant> updated = new TableColumn<>(Msg.t("caseList.col.updated"));
        updated.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().updatedAt()));
        updated.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(java.time.Instant t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : jp.banso.ui.Formats.dateTime(t));
            }
        });
        updated.setPrefWidth(170);
        table.getColumns().add(updated);

        SortedList<CaseSummary> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        table.setRowFactory(tv -> new CaseRow(open));
        table.setOnKeyPressed(e -> {
            CaseSummary selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected.id());
            }
        });
    }

    /** A row: double-click or Enter opens the case; its menu opens, archives or restores it. */
    private final class CaseRow extends TableRow<CaseSummary> {
        private final MenuItem archive = new MenuItem();
        private final ContextMenu menu;

        CaseRow(Consumer<UUID> open) {
            MenuItem openItem = new MenuItem(Msg.t("caseList.open"));
            openItem.setOnAction(e -> open.accept(getItem().id()));
            archive.setOnAction(e -> model.setArchived(getItem(), !getItem().archived()));
            menu = new ContextMenu(openItem, archive);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()) {
                    open.accept(getItem().id());
                }
            });
        }

        @Override
        protected void updateItem(CaseSummary item, boolean empty) {
            super.updateItem(item, empty);
            boolean real = !empty && item != null;
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("archived"), real && item.archived());
            boolean readOnly = real && model.isReadOnly(item.id());
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("read-only"), readOnly);
            setTooltip(readOnly ? new javafx.scene.control.Tooltip(Msg.t("readonly.listTip")) : null);
            if (real) {
                archive.setText(item.archived() ? Msg.t("caseList.unarchive") : Msg.t("caseList.archive"));
            }
            setContextMenu(real ? menu : null);
        }
    }

    private static TableColumn<CaseSummary, String> column(String title, double width, java.util.function.Function<CaseSummary, String> value) {
        TableColumn<CaseSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static <T> StringConverter<T> nullable(java.util.function.Function<T, String> f, String nullText) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? nullText : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /**
     * Shows the converter's text also for "no choice": the stock button cell goes blank instead of showing the prompt
     * once the items are replaced with the value null (so 「すべての年度」 disappeared after a refresh).
     */
    static <T> javafx.scene.control.ListCell<T> convertingCell(javafx.util.StringConverter<T> converter) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(converter.toString(item));
            }
        };
    }

    /** Reloads rows and filter choices, keeping the chosen filters. */
    public void refresh() {
        model.reload();
        Integer y = yearFilter.getValue();
        yearFilter.setItems(FXCollections.observableArrayList(model.fiscalYearChoices()));
        yearFilter.getItems().add(0, null);
        yearFilter.setValue(y);
        String p = prefectureFilter.getValue();
        prefectureFilter.setItems(FXCollections.observableArrayList(model.prefectureChoices()));
        prefectureFilter.getItems().add(0, null);
        prefectureFilter.setValue(p);
        updateCount();
    }

    private void updateCount() {
        count.setText(Msg.t("caseList.count", model.shown().size(), model.total()));
    }

    public TableView<CaseSummary> table() {
        return table;
    }
}
