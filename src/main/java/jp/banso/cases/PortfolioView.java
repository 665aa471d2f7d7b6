package jp.banso.cases;

import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import jp.banso.domain.CaseState;
import jp.banso.domain.CaseSummary;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.MunicipalityMaster;
import jp.banso.domain.Portfolio;
import jp.banso.domain.PortfolioFilter;
import jp.banso.domain.PortfolioRow;
import jp.banso.domain.Text;
import jp.banso.domain.chart.Palette;
import jp.banso.ui.Failures;
import jp.banso.ui.Msg;
import jp.banso.ui.PrefectureChartsPane;
import jp.banso.ui.Widgets;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The prefecture's 市町村一覧: one row per municipality of the chosen prefectures, never-supported towns quiet so the
 * gaps show, with filters, sorting by any column and a count line. Double-click or Enter opens a town's latest case;
 * its menu opens any of its cases or starts a new one there. Read in the background when shown after a change.
 * 一覧 | グラフ switches between the table and the prefecture's charts of the rows shown ({@link PrefectureChartsPane});
 * 「Excel に出力」 prints the rows shown as the 市町村一覧 hand-out ({@link PortfolioExportDialog}).
 */
public final class PortfolioView extends BorderPane {
    /** One line of the table's 14 px type with its padding. */
    private static final double ROW_HEIGHT = 32;
    /** The table's border and vertical scroll bar. */
    private static final double SCROLL_BAR_ROOM = 20;
    private final PortfolioModel model;
    private final TableView<PortfolioRow> table = new TableView<>();
    private final CheckComboBox<String> prefectureFilter = new CheckComboBox<>();
    private final ComboBox<Integer> yearFilter = new ComboBox<>();
    private final Label count = new Label();
    private final Label placeholder = new Label();
    private final Button export = new Button(Msg.t("portfolio.export"), new FontIcon("mdi2m-microsoft-excel"));
    /** The charts of the rows shown, drawn when グラフ is chosen (and again when the rows change while it is). */
    private final PrefectureChartsPane charts = new PrefectureChartsPane();
    private final ToggleButton showCharts = new ToggleButton(Msg.t("portfolio.view.charts"), new FontIcon("mdi2c-chart-bar"));
    private TableColumn<PortfolioRow, PortfolioRow> prefectureColumn;
    /** A read is under way; a change meanwhile is read when it ends. */
    private boolean reading;
    /** The check boxes are set from the model, not by the user. */
    private boolean showingChoice;

    public PortfolioView(PortfolioModel model, Consumer<UUID> open, Consumer<MunicipalityMaster.Entry> newCaseIn) {
        this.model = model;
        setId("portfolio");
        getStyleClass().add("page");

        prefectureFilter.setId("portfolio-prefectures");
        prefectureFilter.getItems().setAll(model.prefectureChoices());
        prefectureFilter.setPrefWidth(220);
        prefectureFilter.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> prefecturesChecked());

        yearFilter.setId("portfolio-year");
        yearFilter.setPromptText(Msg.t("caseList.allYears"));
        yearFilter.setConverter(Widgets.converter(y -> y == null ? Msg.t("caseList.allYears") : JapaneseDates.fiscalYearLabel(y)));
        yearFilter.setButtonCell(CaseListView.convertingCell(yearFilter.getConverter()));
        model.fiscalYear.bind(yearFilter.valueProperty());

        ComboBox<CaseState> stateFilter = new ComboBox<>();
        stateFilter.setId("portfolio-state");
        stateFilter.getItems().add(null);
        stateFilter.getItems().addAll(CaseState.values());
        stateFilter.setPromptText(Msg.t("caseList.allStates"));
        stateFilter.setConverter(Widgets.converter(s -> s == null ? Msg.t("caseList.allStates") : s.label()));
        model.state.bind(stateFilter.valueProperty());

        ComboBox<PortfolioFilter.Coverage> coverage = new ComboBox<>();
        coverage.setId("portfolio-coverage");
        coverage.getItems().addAll(PortfolioFilter.Coverage.values());
        coverage.setConverter(Widgets.converter(PortfolioFilter.Coverage::label));
        coverage.setValue(PortfolioFilter.Coverage.ALL);
        model.coverage.bind(coverage.valueProperty());

        CheckBox followUp = new CheckBox(Msg.t("portfolio.followUpOnly"));
        followUp.setId("portfolio-follow-up");
        model.followUpOnly.bind(followUp.selectedProperty());

        TextField search = new TextField();
        search.setId("portfolio-search");
        search.setPromptText(Msg.t("portfolio.search"));
        search.setPrefColumnCount(18);
        model.text.bind(search.textProperty());

        export.setId("portfolio-export");
        export.disableProperty().bind(model.portfolioProperty().isNull());
        export.setOnAction(e -> PortfolioExportDialog.open(getScene().getWindow(), model.dataDirectory(), model.shownPortfolio()));
        ToggleButton showTable = new ToggleButton(Msg.t("portfolio.view.table"), new FontIcon("mdi2t-table"));
        showTable.setId("portfolio-view-table");
        showCharts.setId("portfolio-view-charts");
        ToggleGroup views = new ToggleGroup();
        showTable.setToggleGroup(views);
        showCharts.setToggleGroup(views);
        showTable.setSelected(true);
        views.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                was.setSelected(true); // one of the two is always chosen
                return;
            }
            table.setVisible(is == showTable);
            charts.setVisible(is == showCharts);
            drawCharts();
        });

        Label title = new Label(Msg.t("portfolio.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        count.setId("portfolio-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(10, title, showTable, showCharts, spacer, count, export);
        heading.setAlignment(Pos.CENTER_LEFT);
        for (Control c : new Control[] {search, yearFilter, stateFilter, coverage, followUp, count, export, showTable, showCharts}) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        FlowPane filters = new FlowPane(10, 8, prefectureFilter, yearFilter, stateFilter, coverage, followUp, search);
        filters.setId("portfolio-filters");
        filters.setAlignment(Pos.CENTER_LEFT);
        BorderPane top = new BorderPane(filters, heading, null, null, null);
        BorderPane.setMargin(filters, new Insets(10, 0, 10, 0));
        setTop(top);

        buildTable(open, newCaseIn);
        charts.setId("portfolio-charts");
        charts.setVisible(false);
        setCenter(new StackPane(table, charts));
        setPadding(new Insets(16, 20, 16, 20));
        model.shown().addListener((ListChangeListener<PortfolioRow>) c -> {
            updateCount();
            drawCharts();
        });
    }

    private void buildTable(Consumer<UUID> open, Consumer<MunicipalityMaster.Entry> newCaseIn) {
        table.setId("portfolio-table");
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        List<String> prefectureOrder = model.prefectureChoices();
        prefectureColumn = column("prefecture", 80, Comparator.comparingInt(r -> prefectureOrder.indexOf(r.prefecture())),
                CellLook.of(PortfolioRow::prefecture));
        prefectureColumn.setVisible(false);
        table.getColumns().add(prefectureColumn);
        table.getColumns().add(column("code", 80, Comparator.comparing(PortfolioRow::code, Comparator.nullsLast(Comparator.naturalOrder())),
                CellLook.of(r -> r.code() == null ? "" : r.code())));
        // a town due a follow-up is flagged by its name, so it shows even when the reasons' column is scrolled away
        table.getColumns().add(column("municipality", 112, Comparator.comparing(PortfolioRow::municipality),
                CellLook.of(PortfolioRow::municipality)
                        .withGraphic(r -> r.needsFollowUp() ? flag() : !r.inMaster() ? MunicipalityPicker.unlistedIcon() : null)));
        table.getColumns().add(column("years", 156, Comparator.comparing(
                (PortfolioRow r) -> r.fiscalYears().isEmpty() ? null : r.fiscalYears().get(r.fiscalYears().size() - 1),
                Comparator.nullsFirst(Comparator.naturalOrder())), CellLook.of(PortfolioView::yearsAndProgrammes)));
        table.getColumns().add(column("state", 124, Comparator.comparing(PortfolioRow::state, Comparator.nullsFirst(Comparator.naturalOrder())),
                CellLook.of(PortfolioRow::stateLabel).withGraphic(PortfolioView::changeMark)));
        table.getColumns().add(column("stage", 132, Comparator.comparing(PortfolioRow::stage, Comparator.nullsFirst(Comparator.naturalOrder())),
                CellLook.of(r -> r.stage() == null ? "" : r.stage().numberedLabel())));
        table.getColumns().add(column("lastContact", 92,
                Comparator.comparing(PortfolioRow::lastContact, Comparator.nullsFirst(Comparator.naturalOrder())),
                CellLook.of(r -> r.lastContact() == null ? "" : JapaneseDates.warekiShort(r.lastContact()))));
        table.getColumns().add(column("next", 120, Comparator.comparing((PortfolioRow r) -> r.nextMeeting() == null ? null : r.nextMeeting().sortDate(),
                Comparator.nullsLast(Comparator.naturalOrder())), CellLook.of(r -> r.nextMeeting() == null ? "" : r.nextMeeting().label())));
        table.getColumns().add(column("actionItems", 118,
                Comparator.comparingInt(PortfolioRow::overdueActionItems).thenComparingInt(PortfolioRow::openActionItems),
                CellLook.of(PortfolioView::actionItemsLabel).marking(r -> r.overdueActionItems() > 0, "overdue")));
        table.getColumns().add(column("roadmap", 130, Comparator.comparingInt((PortfolioRow r) -> r.lateItems() + r.silentItems()),
                CellLook.of(PortfolioView::roadmapLabel).marking(r -> r.lateItems() + r.silentItems() > 0, "attention")));
        table.getColumns().add(column("followUp", 150, Comparator.comparingInt((PortfolioRow r) -> r.followUp().size()),
                CellLook.of(r -> String.join("、", r.followUp())).marking(PortfolioRow::needsFollowUp, "attention")));
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.widthProperty().addListener(o -> fitColumns());
        prefectureColumn.visibleProperty().addListener(o -> fitColumns());
        table.setFixedCellSize(ROW_HEIGHT); // rows are not measured one by one (1,741 of them for all of Japan)

        SortedList<PortfolioRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setRowFactory(tv -> new TownRow(open, newCaseIn));
        table.setOnKeyPressed(e -> {
            PortfolioRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null && selected.supported()) {
                open.accept(selected.latestCaseId());
            }
        });
    }

    /**
     * On a wide screen the last column (要フォロー) takes the room left; where the columns do not fit (1024 px, several
     * prefectures) the table scrolls sideways instead, since a constrained table cuts the columns off with no scroll bar.
     */
    private void fitColumns() {
        double needed = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        boolean fits = needed + SCROLL_BAR_ROOM <= table.getWidth();
        table.setColumnResizePolicy(fits ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN : TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /** 「令和4・5年度 老健局主導型」: the years of support and the programmes. */
    private static String yearsAndProgrammes(PortfolioRow r) {
        return (r.fiscalYearsLabel() + " " + r.programmesLabel()).strip();
    }

    /** 「3（1）」: open 宿題 and those past due, as the header says; nothing for a town without an open one. */
    private static String actionItemsLabel(PortfolioRow r) {
        return r.openActionItems() == 0 ? "" : Msg.t("portfolio.actionItems", r.openActionItems(), r.overdueActionItems());
    }

    /** 「1・2」: roadmap items late and without news, as the header says; nothing when none. */
    private static String roadmapLabel(PortfolioRow r) {
        if (r.lateItems() + r.silentItems() == 0) {
            return "";
        }
        return Msg.t("portfolio.roadmapItems", r.lateItems(), r.silentItems());
    }

    /**
     * Up or down beside a changed state: the arrow's shape says which, its colour (Okabe–Ito blue / vermillion, the
     * charts' palette) only repeats it, so it reads without colour vision too.
     */
    private static Node changeMark(PortfolioRow r) {
        Boolean improved = r.stateImproved();
        if (improved == null) {
            return null;
        }
        FontIcon arrow = new FontIcon(improved ? "mdi2a-arrow-up-bold" : "mdi2a-arrow-down-bold");
        arrow.setIconColor(Color.web("#" + Palette.colour(improved ? 0 : 3)));
        return arrow;
    }

    private static Node flag() {
        FontIcon icon = new FontIcon("mdi2f-flag");
        icon.setIconColor(Color.web("#" + Palette.colour(1)));
        return icon;
    }

    /** A column of towns (id portfolio-col-{@code name}, title portfolio.col.{@code name}) sorted by {@code order}. */
    private static TableColumn<PortfolioRow, PortfolioRow> column(String name, double width, Comparator<PortfolioRow> order, CellLook look) {
        TableColumn<PortfolioRow, PortfolioRow> c = new TableColumn<>(Msg.t("portfolio.col." + name));
        c.setId("portfolio-col-" + name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setComparator(order);
        c.setPrefWidth(width);
        c.setCellFactory(col -> new TownCell(look));
        return c;
    }

    /** What a column's cells show: text, an optional graphic, and the app's style class (overdue, attention) for some rows. */
    private record CellLook(Function<PortfolioRow, String> text, Function<PortfolioRow, Node> graphic, Predicate<PortfolioRow> marked,
                            String markClass) {
        static CellLook of(Function<PortfolioRow, String> text) {
            return new CellLook(text, r -> null, r -> false, null);
        }

        CellLook withGraphic(Function<PortfolioRow, Node> g) {
            return new CellLook(text, g, marked, markClass);
        }

        CellLook marking(Predicate<PortfolioRow> when, String styleClass) {
            return new CellLook(text, graphic, when, styleClass);
        }
    }

    /**
     * One cell: its text (the whole of it in a tooltip, for a cut one), quiet for a town never supported. What costs
     * is done only on a change, since rows scroll and filter by: the style class is swapped only when it differs (a
     * new class restyles the cell), and the tooltip (a window) is made once per cell and given the new text.
     */
    private static final class TownCell extends TableCell<PortfolioRow, PortfolioRow> {
        private final CellLook look;
        private Tooltip tooltip;
        /** The style class this cell has from {@link CellLook}, or null. */
        private String mark;

        TownCell(CellLook look) {
            this.look = look;
        }

        @Override
        protected void updateItem(PortfolioRow r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                mark(null);
                return;
            }
            String text = look.text().apply(r);
            setText(text);
            setGraphic(look.graphic().apply(r));
            if (text.isEmpty()) {
                setTooltip(null);
            } else {
                if (tooltip == null) {
                    tooltip = new Tooltip();
                }
                tooltip.setText(text);
                setTooltip(tooltip);
            }
            mark(!r.supported() ? "muted" : look.marked().test(r) ? look.markClass() : null);
        }

        private void mark(String styleClass) {
            if (java.util.Objects.equals(styleClass, mark)) {
                return;
            }
            if (mark != null) {
                getStyleClass().remove(mark);
            }
            if (styleClass != null) {
                getStyleClass().add(styleClass);
            }
            mark = styleClass;
        }
    }

    /** A town: double-click opens its latest case; its menu opens any of its cases or starts a new one there. */
    private final class TownRow extends TableRow<PortfolioRow> {
        private final Consumer<UUID> open;
        private final Consumer<MunicipalityMaster.Entry> newCaseIn;

        TownRow(Consumer<UUID> open, Consumer<MunicipalityMaster.Entry> newCaseIn) {
            this.open = open;
            this.newCaseIn = newCaseIn;
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty() && getItem().supported()) {
                    open.accept(getItem().latestCaseId());
                }
            });
            // the menu is made when asked for (a menu is a window: making one per row shown slowed scrolling)
            setOnContextMenuRequested(e -> {
                if (!isEmpty() && getItem() != null) {
                    menu(getItem()).show(this, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
        }

        private ContextMenu menu(PortfolioRow r) {
            ContextMenu menu = new ContextMenu();
            // newest case first: the one a double-click opens
            for (int i = r.cases().size() - 1; i >= 0; i--) {
                PortfolioRow.CaseRef c = r.cases().get(i);
                String what = (CaseSummary.fiscalYearsLabel(c.fiscalYears()) + " " + Text.nullToEmpty(c.programme())).strip();
                MenuItem item = new MenuItem(Msg.t(c.archived() ? "portfolio.openArchived" : "portfolio.open", what));
                item.setOnAction(e -> open.accept(c.id()));
                menu.getItems().add(item);
            }
            MunicipalityMaster.Entry listed = r.inMaster() ? MunicipalityMaster.get().byCode(r.code()).orElse(null) : null;
            if (listed != null) {
                if (!menu.getItems().isEmpty()) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
                MenuItem create = new MenuItem(Msg.t("portfolio.newCase"));
                create.setOnAction(e -> newCaseIn.accept(listed));
                menu.getItems().add(create);
            }
            return menu;
        }
    }

    /**
     * Shows the page: reads the portfolio again in the background when cases were written or other prefectures chosen
     * since it was last read (not on every keystroke elsewhere); what was read stays on screen meanwhile.
     */
    public void refresh() {
        if (reading || !model.needsRead()) {
            return;
        }
        reading = true;
        if (model.portfolio() == null) {
            placeholder.setText(Msg.t("portfolio.reading"));
        }
        Task<Portfolio> read = new Task<>() {
            @Override
            protected Portfolio call() {
                return model.read();
            }
        };
        read.setOnSucceeded(e -> {
            reading = false;
            model.show(read.getValue());
            showRead();
            refresh(); // a change made while it was read
        });
        read.setOnFailed(e -> {
            reading = false;
            placeholder.setText(Failures.describe(read.getException(), Msg.t("portfolio.readFailed")));
        });
        Thread worker = new Thread(read, "banso-portfolio");
        worker.setDaemon(true);
        worker.start();
    }

    /** After a read: the prefectures checked, the 年度 offered, the empty table's text, the count. */
    private void showRead() {
        List<String> chosen = model.prefectures();
        showingChoice = true;
        for (String p : prefectureFilter.getItems()) {
            if (chosen.contains(p) != prefectureFilter.getCheckModel().isChecked(p)) {
                if (chosen.contains(p)) {
                    prefectureFilter.getCheckModel().check(p);
                } else {
                    prefectureFilter.getCheckModel().clearCheck(p);
                }
            }
        }
        showingChoice = false;
        prefectureFilter.setTitle(prefecturesTitle(chosen));
        prefectureColumn.setVisible(chosen.size() > 1);
        Integer year = yearFilter.getValue();
        yearFilter.setItems(FXCollections.observableArrayList(model.fiscalYearChoices()));
        yearFilter.getItems().add(0, null);
        yearFilter.setValue(year != null && yearFilter.getItems().contains(year) ? year : null);
        placeholder.setText(Msg.t(chosen.isEmpty() ? "portfolio.choosePrefecture" : "portfolio.noMatch"));
        updateCount();
    }

    /** 「栃木県」, 「栃木県・群馬県」, 「栃木県 ほか 3」; 「都道府県を選ぶ」 with none. */
    private static String prefecturesTitle(List<String> chosen) {
        if (chosen.isEmpty()) {
            return Msg.t("portfolio.prefecturesNone");
        }
        return chosen.size() <= 2 ? String.join("・", chosen) : Msg.t("portfolio.prefecturesMore", chosen.get(0), chosen.size() - 1);
    }

    private void prefecturesChecked() {
        if (showingChoice) {
            return;
        }
        // read from the check model itself: while an item is unchecked the checked-items list can hold a null
        List<String> checked = prefectureFilter.getItems().stream().filter(p -> prefectureFilter.getCheckModel().isChecked(p)).toList();
        prefectureFilter.setTitle(prefecturesTitle(checked));
        model.choosePrefectures(checked);
        refresh();
    }

    private void updateCount() {
        Portfolio p = model.portfolio();
        if (p == null) {
            count.setText("");
            return;
        }
        String all = Msg.t("portfolio.count", p.rows().size(), p.supportedCount(), p.followUpCount());
        count.setText(model.shown().size() == p.rows().size() ? all : Msg.t("portfolio.countShown", all, model.shown().size()));
    }

    /** Draws the charts of the rows shown, titled with the chosen prefectures (only while they are in view). */
    private void drawCharts() {
        if (showCharts.isSelected()) {
            charts.show(String.join("・", model.prefectures()), List.copyOf(model.shown()));
        }
    }

    public PortfolioModel model() {
        return model;
    }

    public TableView<PortfolioRow> table() {
        return table;
    }
}
