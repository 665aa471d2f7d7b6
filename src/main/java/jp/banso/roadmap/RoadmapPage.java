package jp.banso.roadmap;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.UndoLabels;
import jp.banso.domain.chart.Chart;
import jp.banso.ui.ChartView;
import jp.banso.ui.Formats;
import jp.banso.ui.Msg;
import jp.banso.ui.Page;
import jp.banso.ui.UndoRedoControls;
import jp.banso.ui.Widgets;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The case's ロードマップ: a timeline, a table and charts (every item's 達成度 beside the selected item's indicator) over
 * the same model, the selected item's details and progress below, and warnings for what needs attention (items outside
 * the years shown, items without 担当).
 */
public final class RoadmapPage extends BorderPane implements Page {
    static final int DEFAULT_YEARS = 3;
    static final int MAX_YEARS_SHOWN = 5;
    static final double CHARTS_DIVIDER = 0.8;

    private final RoadmapModel model;
    private final TimelineView timeline;
    private final RoadmapTable table;
    private final StackPane views = new StackPane();
    /** The third view beside the timeline and the table: every item's 達成度 and the selected item's indicator. */
    private final HBox charts;
    private final ChartView achievements = new ChartView();
    private final ChartView indicator = new ChartView();
    private final SplitPane split;
    /** Where the divider was before the charts took more room (restored when they are left). */
    private double dividerBeforeCharts;
    /** The view bar's groups that set up the timeline and the table (hidden while the charts are shown). */
    private List<Node> timelineSettings = List.of();
    private final ScrollPane detail = new ScrollPane();
    private final VBox warnings = new VBox(4);
    private final Label message = new Label();
    private final UndoRedoControls undoRedo;
    private final MenuButton fromIssues = new MenuButton(Msg.t("roadmap.fromIssues"), new FontIcon("mdi2a-arrow-right-bold-box-outline"));
    private final ComboBox<Integer> firstYear = new ComboBox<>();
    private final ComboBox<Integer> years = new ComboBox<>();
    private final ToggleGroup viewToggle = new ToggleGroup();
    private final HBox legend = new HBox(6);
    private TimelineView.Colouring colouringNow = TimelineView.Colouring.STATUS;
    private RoadmapItemPane itemPane;
    private boolean settingRange;
    private UUID selected;

    /** model: the case's roadmap, its 年度 set (the years shown start from them). */
    public RoadmapPage(RoadmapModel model) {
        this.model = model;
        setId("roadmap-page");
        getStyleClass().add("roadmap-page");
        undoRedo = new UndoRedoControls(model, "roadmap", this::undo, this::redo);
        undoRedo.onBlocked(this::error);
        timeline = new TimelineView(model);
        table = new RoadmapTable(model);
        timeline.onSelect(this::select);
        table.onSelect(this::select);
        timeline.onError(this::error);
        table.onError(this::error);
        timeline.onDeleteRequest(id -> delete());
        achievements.setId("roadmap-achievements");
        achievements.onCategoryClicked(i -> select(model.items().get(i).getId())); // the chart's rows are model.items()
        indicator.setId("roadmap-indicator-chart");
        charts = new HBox(12, achievements, indicator);
        charts.setId("roadmap-charts");
        for (ChartView c : List.of(achievements, indicator)) {
            c.setPrefWidth(0); // two equal halves
            c.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        views.getChildren().addAll(table, timeline, charts);
        table.setVisible(false);
        charts.setVisible(false);

        detail.setFitToWidth(true);
        detail.setId("roadmap-detail");
        detail.getStyleClass().add("roadmap-detail");
        split = new SplitPane(views, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(detail, false);

        message.getStyleClass().add("roadmap-message");
        message.setId("roadmap-message");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        message.setVisible(false);
        warnings.setId("roadmap-warnings");
        warnings.managedProperty().bind(warnings.visibleProperty());

        VBox top = new VBox(8, toolbar(), viewBar(), warnings, message);
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);
        setCenter(split);
        BorderPane.setMargin(split, new Insets(0, 16, 12, 16));

        initialRange();
        model.addListener(cs -> {
            table.refresh();
            refreshChrome();
            refreshCharts();
            if (itemPane != null && !itemPane.isSaving() && (cs.changes().stream().anyMatch(c -> c.id().equals(itemPane.itemId()))
                    || cs.touches(jp.banso.domain.ProgressEntry.class))) {
                showDetail(model.item(itemPane.itemId()) != null ? itemPane.itemId() : null);
            }
        });
        // in a text field Ctrl+Z is the field's own
        undoRedo.handleKeys(this, () -> getScene() != null && getScene().getFocusOwner() instanceof TextInputControl);
        showDetail(null);
    }

    @Override
    public Node view() {
        return this;
    }

    public RoadmapModel model() {
        return model;
    }

    public TimelineView timeline() {
        return timeline;
    }

    // --- toolbars ---

    private Node toolbar() {
        Button add = new Button(Msg.t("roadmap.add"), new FontIcon("mdi2p-plus"));
        add.setId("roadmap-add");
        add.setOnAction(e -> act(() -> {
            RoadmapItem item = model.addItem(Msg.t("roadmap.newItem"), startForNew());
            select(item.getId());
            timeline.select(item.getId());
        }));
        fromIssues.setId("roadmap-from-issues");
        fromIssues.setOnShowing(e -> fillFromIssues());
        fillFromIssues();
        Button delete = new Button(Msg.t("roadmap.delete"), new FontIcon("mdi2d-delete-outline"));
        delete.setId("roadmap-delete");
        delete.setOnAction(e -> delete());
        Button export = new Button(Msg.t("roadmap.exportPng"), new FontIcon("mdi2i-image-outline"));
        export.setId("roadmap-export");
        export.setOnAction(e -> exportPng());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label title = new Label(Msg.t("roadmap.title"));
        title.getStyleClass().add("page-title");
        HBox bar = new HBox(8, title, grow, add, fromIssues, delete, undoRedo.undoButton(), undoRedo.redoButton(), export);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node viewBar() {
        ToggleButton showTimeline = new ToggleButton(Msg.t("roadmap.view.timeline"), new FontIcon("mdi2c-chart-gantt"));
        showTimeline.setId("view-timeline");
        ToggleButton showTable = new ToggleButton(Msg.t("roadmap.view.table"), new FontIcon("mdi2t-table"));
        showTable.setId("view-table");
        ToggleButton showChart = new ToggleButton(Msg.t("roadmap.view.chart"), new FontIcon("mdi2c-chart-bar"));
        showChart.setId("view-chart");
        showTimeline.setToggleGroup(viewToggle);
        showTable.setToggleGroup(viewToggle);
        showChart.setToggleGroup(viewToggle);
        showTimeline.setSelected(true);
        viewToggle.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                was.setSelected(true);
                return;
            }
            table.setVisible(is == showTable);
            timeline.setVisible(is == showTimeline);
            charts.setVisible(is == showChart);
            refreshCharts();
            // charts need height to be read: they take most of it while shown (the timeline's settings step aside),
            // the details keep a strip below. The divider moves once the split has its new height, or the split
            // would shift it again to keep the details' height.
            if (is == showChart || was == showChart) {
                timelineSettings.forEach(n -> n.setVisible(is != showChart));
                applyCss();
                layout();
            }
            if (is == showChart) {
                dividerBeforeCharts = split.getDividerPositions()[0];
                split.setDividerPositions(CHARTS_DIVIDER);
            } else if (was == showChart) {
                split.setDividerPositions(dividerBeforeCharts);
            }
            (is == showTable ? table.table() : is == showTimeline ? timeline : charts).requestFocus();
        });

        ComboBox<TimelineView.Grouping> grouping = new ComboBox<>();
        grouping.setId("roadmap-grouping");
        grouping.getItems().addAll(TimelineView.Grouping.values());
        grouping.setConverter(Widgets.converter(g -> Msg.t("roadmap.grouping." + g.name())));
        grouping.setValue(TimelineView.Grouping.NONE);
        grouping.valueProperty().addListener((o, a, b) -> timeline.setGrouping(b));
        ComboBox<TimelineView.Colouring> colouring = new ComboBox<>();
        colouring.setId("roadmap-colouring");
        colouring.getItems().addAll(TimelineView.Colouring.values());
        colouring.setConverter(Widgets.converter(c -> Msg.t("roadmap.colouring." + c.name())));
        colouring.setValue(TimelineView.Colouring.STATUS);
        colouring.valueProperty().addListener((o, a, b) -> {
            colouringNow = b;
            timeline.setColouring(b);
            refreshChrome();
        });

        ToggleGroup zoomGroup = new ToggleGroup();
        HBox zoom = new HBox(0);
        zoom.getStyleClass().add("segmented");
        for (TimelineScale.Zoom z : TimelineScale.Zoom.values()) {
            ToggleButton b = new ToggleButton(z.label());
            b.setId("zoom-" + z.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(zoomGroup);
            b.setUserData(z);
            b.setSelected(z == timeline.zoom());
            zoom.getChildren().add(b);
        }
        zoomGroup.selectedToggleProperty().addListener((o, was, is) -> {
            if (is == null) {
                was.setSelected(true);
                return;
            }
            timeline.setZoom((TimelineScale.Zoom) is.getUserData());
        });

        firstYear.setId("roadmap-first-year");
        firstYear.setConverter(Widgets.converter(y -> JapaneseDates.fiscalYearLabel(y)));
        years.setId("roadmap-years");
        years.getItems().addAll(3, 4, 5);
        years.setConverter(Widgets.converter(n -> Msg.t("roadmap.years", n)));
        firstYear.valueProperty().addListener((o, a, b) -> applyRange());
        years.valueProperty().addListener((o, a, b) -> applyRange());
        CheckBox western = new CheckBox(Msg.t("roadmap.western"));
        western.setId("roadmap-western");
        western.setSelected(true);
        western.selectedProperty().addListener((o, a, b) -> timeline.setShowWestern(b));
        Button today = new Button(Msg.t("roadmap.today"), new FontIcon("mdi2c-calendar-today"));
        today.setTooltip(new Tooltip(Msg.t("roadmap.todayTip")));
        today.setOnAction(e -> timeline.scrollToToday());

        FlowPane bar = new FlowPane(8, 6, group(showTimeline, showTable, showChart), group(label("roadmap.groupBy"), grouping),
                group(label("roadmap.colourBy"), colouring, legend), group(label("roadmap.zoom"), zoom, today),
                group(label("roadmap.range"), firstYear, years, western));
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("roadmap-viewbar");
        // grouping, colours, zoom and years are the timeline's and the table's: hidden while the charts use the room
        timelineSettings = List.copyOf(bar.getChildren().subList(1, bar.getChildren().size()));
        timelineSettings.forEach(n -> n.managedProperty().bind(n.visibleProperty()));
        bar.getChildren().forEach(n -> {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        });
        return bar;
    }

    private static Label label(String key) {
        Label l = new Label(Msg.t(key));
        l.getStyleClass().add("muted");
        return l;
    }

    /** Controls that belong together, kept on one line and never squeezed into "…". */
    private static HBox group(Node... nodes) {
        HBox box = new HBox(6, nodes);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 10, 0, 0));
        for (Node n : nodes) {
            if (n instanceof Region r) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        return box;
    }

    // --- range of years ---

    /**
     * Shows the case's 年度 (at least 3 years from its first) and every item if it can (up to 5 years). The years follow
     * the case, not today: a 平成元年度 case opens on 平成元年度.
     */
    private void initialRange() {
        List<Integer> caseYears = model.caseYears();
        int first = caseYears.isEmpty() ? JapaneseDates.fiscalYearOf(model.today()) : caseYears.get(0);
        int last = caseYears.isEmpty() ? first : caseYears.get(caseYears.size() - 1);
        var span = model.fiscalYearSpan();
        if (span.isPresent()) {
            first = Math.min(first, span.get()[0]);
            last = Math.max(last, span.get()[1]);
        }
        int count = Math.max(DEFAULT_YEARS, Math.min(MAX_YEARS_SHOWN, last - first + 1));
        setRange(first, count);
    }

    private void setRange(int first, int count) {
        settingRange = true; // one redraw for both values, not one per combo box
        try {
            // the case's years and a few either side, never fewer than ±10 around what is shown
            List<Integer> caseYears = model.caseYears();
            int from = Math.min(first - 10, caseYears.isEmpty() ? first : caseYears.get(0) - 3);
            int to = Math.max(first + 10, caseYears.isEmpty() ? first : caseYears.get(caseYears.size() - 1) + 3);
            firstYear.getItems().setAll(java.util.stream.IntStream.rangeClosed(from, to).boxed().toList());
            firstYear.setValue(first);
            if (!years.getItems().contains(count)) {
                years.getItems().add(count);
            }
            years.setValue(count);
        } finally {
            settingRange = false;
        }
        applyRange();
    }

    private void applyRange() {
        if (settingRange || firstYear.getValue() == null || years.getValue() == null) {
            return;
        }
        timeline.setRange(firstYear.getValue(), years.getValue());
        refreshChrome();
    }

    private YearMonth startForNew() {
        YearMonth start = model.startForNew();
        return timeline.scale().shows(start) ? start : timeline.scale().first();
    }

    // --- selection and details ---

    private void select(UUID itemId) {
        if (java.util.Objects.equals(selected, itemId)) {
            return;
        }
        selected = itemId;
        timeline.select(itemId);
        table.select(itemId);
        showDetail(itemId);
    }

    private void showDetail(UUID itemId) {
        if (itemPane != null) {
            itemPane.flush();
        }
        RoadmapItem item = itemId == null ? null : model.item(itemId);
        if (item == null) {
            itemPane = null;
            refreshCharts();
            Label hint = Widgets.muted(model.items().isEmpty() ? Msg.t("roadmap.emptyHint") : Msg.t("roadmap.selectHint"));
            hint.setPadding(new Insets(16));
            detail.setContent(hint);
            return;
        }
        itemPane = new RoadmapItemPane(model, item, this::error);
        itemPane.setPadding(new Insets(12, 16, 16, 16));
        detail.setContent(itemPane);
        refreshCharts();
    }

    /** While the charts are shown they follow the model and the selection (no item: the indicator chart says to pick one). */
    private void refreshCharts() {
        if (!charts.isVisible()) {
            return;
        }
        achievements.show(model.achievementChart());
        indicator.show(itemPane != null && model.item(itemPane.itemId()) != null ? model.indicatorChart(itemPane.itemId())
                : new Chart(Msg.t("roadmap.chart.indicator"), Chart.Kind.LINE, "", "", List.of(), List.of(), Msg.t("roadmap.chart.pickItem")));
    }

    // --- actions ---

    private void fillFromIssues() {
        fromIssues.getItems().clear();
        model.reloadIssues();
        List<CaseIssue> open = model.issuesWithoutItems();
        if (open.isEmpty()) {
            MenuItem none = new MenuItem(model.issues().isEmpty() ? Msg.t("roadmap.noIssues") : Msg.t("roadmap.allIssuesUsed"));
            none.setDisable(true);
            fromIssues.getItems().add(none);
            return;
        }
        MenuItem all = new MenuItem(Msg.t("roadmap.fromAllIssues", open.size()));
        all.setId("from-all-issues");
        all.setOnAction(e -> askNamesAndCreate(open));
        fromIssues.getItems().addAll(all, new SeparatorMenuItem());
        for (CaseIssue i : open) {
            MenuItem mi = new MenuItem(TimelineView.issueTitle(i));
            mi.setOnAction(e -> askNamesAndCreate(List.of(i)));
            fromIssues.getItems().add(mi);
        }
    }

    /**
     * A 取組 is an action, its 課題 a problem: before items are made, the user names each action. The names offered are
     * the 課題's first lines, selected, so typing replaces them and Enter keeps them.
     */
    private void askNamesAndCreate(List<CaseIssue> from) {
        javafx.scene.control.Dialog<java.util.Map<UUID, String>> d = new javafx.scene.control.Dialog<>();
        d.initOwner(getScene().getWindow());
        d.setTitle(Msg.t("roadmap.nameTitle"));
        d.setHeaderText(Msg.t("roadmap.nameHeader"));
        javafx.scene.control.ButtonType create = new javafx.scene.control.ButtonType(Msg.t("roadmap.nameCreate"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(create, Widgets.CANCEL);
        javafx.scene.layout.GridPane g = new javafx.scene.layout.GridPane();
        g.setHgap(12);
        g.setVgap(4);
        java.util.Map<UUID, javafx.scene.control.TextField> fields = new java.util.LinkedHashMap<>();
        int r = 0;
        for (CaseIssue issue : from) {
            Label problem = Widgets.muted(Msg.t("roadmap.nameIssue", issue.getStatement().strip()));
            problem.setWrapText(true);
            problem.setMaxWidth(560);
            javafx.scene.control.TextField name = new javafx.scene.control.TextField(RoadmapModel.suggestedTitle(issue));
            name.setId("action-name-" + r / 2);
            name.setPrefColumnCount(36);
            fields.put(issue.getId(), name);
            g.add(problem, 0, r++);
            g.add(name, 0, r++);
            javafx.scene.layout.GridPane.setMargin(name, new Insets(0, 0, 8, 0));
        }
        ScrollPane scroll = new ScrollPane(g);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(420, from.size() * 70.0));
        scroll.setPadding(new Insets(4));
        d.getDialogPane().setContent(scroll);
        Node ok = d.getDialogPane().lookupButton(create);
        ok.setId("action-names-create");
        // an action needs a name: the button waits until every field has one
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> fields.values().stream().anyMatch(f -> f.getText().isBlank()),
                fields.values().stream().map(javafx.scene.control.TextField::textProperty).toArray(javafx.beans.Observable[]::new)));
        // after the dialog has put the focus on its default button
        d.setOnShown(e -> javafx.application.Platform.runLater(() -> {
            javafx.scene.control.TextField first = fields.values().iterator().next();
            first.requestFocus();
            first.selectAll();
        }));
        d.setResultConverter(b -> {
            if (b != create) {
                return null;
            }
            java.util.Map<UUID, String> names = new java.util.LinkedHashMap<>();
            fields.forEach((id, f) -> names.put(id, f.getText()));
            return names;
        });
        d.showAndWait().ifPresent(this::createFrom);
    }

    /** Creates items from 課題 under the suggested names (used by tests). */
    public void createFrom(List<UUID> issueIds) {
        java.util.Map<UUID, String> names = new java.util.LinkedHashMap<>();
        issueIds.forEach(id -> names.put(id, null));
        createFrom(names);
    }

    private void createFrom(java.util.Map<UUID, String> names) {
        act(() -> {
            List<RoadmapItem> made = model.addFromIssues(names, startForNew());
            info(Msg.t("roadmap.created", made.size()));
            if (!made.isEmpty()) {
                select(made.get(0).getId());
            }
        });
    }

    private void delete() {
        if (selected == null || model.item(selected) == null) {
            error(Msg.t("roadmap.selectFirst"));
            return;
        }
        String title = model.item(selected).getTitle();
        act(() -> model.delete(List.of(selected)));
        info(Msg.t("roadmap.deleted", title));
        select(null);
    }

    private void undo() {
        step(UndoLabels::undo, model::undo, "roadmap.undone");
    }

    private void redo() {
        step(UndoLabels::redo, model::redo, "roadmap.redone");
    }

    /** Undo or redo: the open form is saved first (its edit is the latest action), then what was done is said. */
    private void step(Function<UndoLabels, String> label, Runnable action, String saidKey) {
        flushDetail();
        String what = label.apply(model.undoLabels());
        if (act(action) && !what.isEmpty()) {
            info(Msg.t(saidKey, what));
        }
    }

    /**
     * After sync brought changes to this case's roadmap, once nothing is typed: the open form is saved first, then the
     * model reads the roadmap again and the views follow, keeping the selection.
     */
    @Override
    public boolean refreshFromServer(boolean typing) {
        if (typing) {
            return false;
        }
        flushDetail();
        model.refresh();
        return true;
    }

    private void flushDetail() {
        if (itemPane != null) {
            itemPane.flush();
        }
    }

    private void exportPng() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Msg.t("roadmap.exportPng"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        chooser.setInitialFileName(Msg.t("roadmap.pngName") + ".png");
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            exportPng(file.toPath());
        }
    }

    /** Writes the whole timeline (every row, every year shown) as a PNG. */
    public void exportPng(Path file) {
        try {
            RoadmapImage.write(timeline, file);
            info(Msg.t("roadmap.exported", file.getFileName()));
        } catch (IOException | RuntimeException ex) {
            error(jp.banso.ui.Failures.describe(ex, Msg.t("roadmap.exportFailed")));
        }
    }

    /** Runs an action; a refusal is shown (false). */
    private boolean act(Runnable r) {
        try {
            r.run();
            message.setVisible(false);
            return true;
        } catch (RoadmapException ex) {
            error(ex.getMessage());
            return false;
        }
    }

    private void error(String text) {
        message.getStyleClass().setAll("label", "roadmap-message", "roadmap-error");
        message.setText(text);
        message.setVisible(true);
    }

    private void info(String text) {
        message.getStyleClass().setAll("label", "roadmap-message");
        message.setText(text);
        message.setVisible(true);
    }

    /** The warnings bar and the legend. */
    private void refreshChrome() {
        warnings.getChildren().clear();
        TimelineScale s = timeline.scale();
        List<RoadmapItem> outside = model.outside(s.firstFiscalYear(), s.years());
        if (!outside.isEmpty()) {
            Button fit = new Button(Msg.t("roadmap.fitRange"));
            fit.setId("roadmap-fit-range");
            fit.setOnAction(e -> model.fiscalYearSpan().ifPresent(span -> {
                int count = Math.min(TimelineScale.MAX_YEARS, span[1] - span[0] + 1);
                if (years.getItems().stream().noneMatch(n -> n == Math.max(DEFAULT_YEARS, count))) {
                    years.getItems().add(Math.max(DEFAULT_YEARS, count));
                }
                setRange(span[0], Math.max(DEFAULT_YEARS, count));
            }));
            warnings.getChildren().add(warning("roadmap-warning-outside", Msg.t("roadmap.outside", outside.size(),
                    outside.stream().map(i -> "「" + RoadmapModel.shortTitle(i) + "」" + Formats.monthRange(i.start(), i.end())).limit(3).collect(Collectors.joining("、"))), fit));
        }
        List<RoadmapItem> ownerless = model.withoutOwner();
        if (!ownerless.isEmpty()) {
            warnings.getChildren().add(warning("roadmap-warning-owner", Msg.t("roadmap.ownerless", ownerless.size(),
                    ownerless.stream().map(i -> "「" + RoadmapModel.shortTitle(i) + "」").limit(3).collect(Collectors.joining("、")))));
        }
        warnings.setVisible(!warnings.getChildren().isEmpty());
        refreshLegend();
    }

    /** What each bar colour means: the statuses, or the 主担当 in view. */
    private void refreshLegend() {
        legend.getChildren().clear();
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setId("roadmap-legend");
        if (colouringNow == TimelineView.Colouring.STATUS) {
            for (jp.banso.domain.ItemStatus st : jp.banso.domain.ItemStatus.values()) {
                legend.getChildren().add(swatch(TimelineView.statusColour(st), st.label()));
            }
        } else {
            model.items().stream().map(RoadmapItem::ownerList).filter(l -> !l.isEmpty()).map(l -> l.get(0)).distinct().limit(6)
                    .forEach(o -> legend.getChildren().add(swatch(timeline.ownerColour(o), o)));
        }
    }

    private static Node swatch(String colour, String text) {
        Region box = new Region();
        box.setMinSize(12, 12);
        box.setMaxSize(12, 12);
        box.setStyle("-fx-background-color: " + colour + "; -fx-background-radius: 3;");
        Label l = new Label(text, box);
        l.getStyleClass().add("legend-item");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Node warning(String id, String text, Node... actions) {
        Label l = new Label(text, new FontIcon("mdi2a-alert-outline"));
        l.setWrapText(true);
        HBox.setHgrow(l, Priority.ALWAYS);
        l.setMaxWidth(Double.MAX_VALUE);
        HBox box = new HBox(8, l);
        box.getChildren().addAll(actions);
        box.setId(id);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("roadmap-warning");
        return box;
    }
}
