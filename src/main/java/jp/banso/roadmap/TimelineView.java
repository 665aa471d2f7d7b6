package jp.banso.roadmap;

import static jp.banso.roadmap.TimelineRows.GROUP_HEIGHT;
import static jp.banso.roadmap.TimelineRows.ROW_HEIGHT;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import jp.banso.domain.CaseIssue;
import jp.banso.domain.Choices;
import jp.banso.domain.ItemStatus;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.RoadmapFollowUp;
import jp.banso.domain.RoadmapItem;
import jp.banso.domain.Text;
import jp.banso.ui.Formats;
import jp.banso.ui.Msg;

/**
 * The roadmap as a timeline: 年度 bands labelled in 和暦, months or quarters, one row per item grouped by phase, 課題 or
 * 担当, bars to drag (move) or stretch by their ends, milestones as diamonds and a line for today. The row labels and
 * the time header stay in place while the chart scrolls. Everything is rebuilt from the model after each action
 * (60 items are a few hundred nodes); while dragging only the dragged bar moves. Which rows there are and where
 * comes from {@link TimelineRows}, dragging a bar is {@link BarDrag}.
 */
public final class TimelineView extends StackPane {
    public enum Grouping {
        NONE, PHASE, ISSUE, OWNER
    }

    public enum Colouring {
        STATUS, OWNER
    }

    public static final double LABEL_WIDTH = 300;
    public static final double HEADER_HEIGHT = 56;
    static final double BAR_HEIGHT = 28;
    /** Colours for 担当 (in order of appearance), readable with white text and on a projector. */
    static final List<String> OWNER_COLOURS = List.of("#1565C0", "#2E7D32", "#6A1B9A", "#EF6C00", "#00838F", "#AD1457",
            "#4E342E", "#283593", "#C62828", "#558B2F");

    private final RoadmapModel model;
    private final ScrollPane scroll = new ScrollPane();
    private final Pane sheet = new Pane();
    private final Pane chart = new Pane();
    private final Pane labels = new Pane();
    private final Pane header = new Pane();
    private final Region corner = new Region();
    private final Map<UUID, Region> bars = new LinkedHashMap<>();
    private TimelineRows rows = TimelineRows.ungrouped(List.of());
    private TimelineScale scale = new TimelineScale(2026, 3, 30);
    private TimelineScale.Zoom zoom = TimelineScale.Zoom.QUARTER;
    private Grouping grouping = Grouping.NONE;
    private Colouring colouring = Colouring.STATUS;
    private boolean showWestern = true;
    private UUID selected;
    private Consumer<UUID> onSelect = id -> { };
    private Consumer<String> onError = m -> { };
    private Consumer<UUID> onDeleteRequest = id -> { };
    private Line dropLine;
    private final Map<String, String> ownerColours = new LinkedHashMap<>();

    public TimelineView(RoadmapModel model) {
        this.model = model;
        getStyleClass().add("timeline");
        setId("timeline");
        setFocusTraversable(true);
        sheet.getStyleClass().add("timeline-sheet");
        labels.getStyleClass().add("timeline-labels");
        header.getStyleClass().add("timeline-header");
        corner.getStyleClass().add("timeline-corner");
        chart.setLayoutX(LABEL_WIDTH);
        chart.setLayoutY(HEADER_HEIGHT);
        labels.setLayoutY(HEADER_HEIGHT);
        header.setLayoutX(LABEL_WIDTH);
        sheet.getChildren().addAll(chart, labels, header, corner);
        scroll.setContent(sheet);
        scroll.setPannable(false);
        scroll.getStyleClass().add("timeline-scroll");
        getChildren().add(scroll);
        // the labels and the header stay in view while the chart scrolls under them
        scroll.hvalueProperty().addListener((o, a, b) -> stick());
        scroll.vvalueProperty().addListener((o, a, b) -> stick());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> {
            if (zoom == TimelineScale.Zoom.FISCAL_YEAR && Math.abs(a.getWidth() - b.getWidth()) > 1) {
                rebuild();
            }
            stick();
        });
        // the timeline keeps the focus wherever it is clicked (a row's label, the header, an empty spot), and its keys
        // are read before the scroll pane's: ←/→ move the selected item's bar instead of scrolling
        scroll.setFocusTraversable(false);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        model.addListener(cs -> rebuild());
    }

    // --- settings ---

    public void setRange(int firstFiscalYear, int years) {
        scale = new TimelineScale(firstFiscalYear, years, scale.monthWidth());
        rebuild();
    }

    public TimelineScale scale() {
        return scale;
    }

    public void setZoom(TimelineScale.Zoom zoom) {
        this.zoom = zoom;
        rebuild();
    }

    public TimelineScale.Zoom zoom() {
        return zoom;
    }

    public void setGrouping(Grouping grouping) {
        this.grouping = grouping;
        rebuild();
    }

    public void setColouring(Colouring colouring) {
        this.colouring = colouring;
        rebuild();
    }

    public void setShowWestern(boolean showWestern) {
        this.showWestern = showWestern;
        rebuild();
    }

    public void onSelect(Consumer<UUID> c) {
        this.onSelect = c;
    }

    public void onError(Consumer<String> c) {
        this.onError = c;
    }

    public void onDeleteRequest(Consumer<UUID> c) {
        this.onDeleteRequest = c;
    }

    public Optional<UUID> selected() {
        return Optional.ofNullable(selected);
    }

    public void select(UUID itemId) {
        if (java.util.Objects.equals(selected, itemId)) {
            return;
        }
        selected = itemId;
        bars.forEach((id, bar) -> bar.pseudoClassStateChanged(SELECTED, id.equals(itemId)));
        labels.lookupAll(".timeline-row-label").forEach(n -> n.pseudoClassStateChanged(SELECTED, itemId != null && itemId.equals(n.getUserData())));
        onSelect.accept(itemId);
        if (itemId != null) {
            reveal(itemId);
        }
    }

    private static final javafx.css.PseudoClass SELECTED = javafx.css.PseudoClass.getPseudoClass("selected");

    /** Colour of a 担当 in the 担当 colouring and the legend. */
    public String ownerColour(String owner) {
        return ownerColours.computeIfAbsent(owner, o -> OWNER_COLOURS.get(ownerColours.size() % OWNER_COLOURS.size()));
    }

    public Map<String, String> ownerColours() {
        return Map.copyOf(ownerColours);
    }

    public static String statusColour(ItemStatus status) {
        return switch (status) {
            case NOT_STARTED -> "#607D8B";
            case IN_PROGRESS -> "#1E88E5";
            case DONE -> "#2E7D32";
            case ON_HOLD -> "#F9A825";
            case CANCELLED -> "#9E9E9E";
        };
    }

    // --- drawing ---

    /** Draws everything again from the model. */
    public void rebuild() {
        double available = Math.max(400, (scroll.getViewportBounds() == null ? 1000 : scroll.getViewportBounds().getWidth()) - LABEL_WIDTH);
        scale = new TimelineScale(scale.firstFiscalYear(), scale.years(), zoom.monthWidth(available, scale.years()));
        rows = rows();
        bars.clear();
        chart.getChildren().clear();
        labels.getChildren().clear();
        header.getChildren().clear();
        double height = rows.height();
        double width = scale.width();
        chart.setPrefSize(width, height);
        labels.setPrefSize(LABEL_WIDTH, height);
        header.setPrefSize(width, HEADER_HEIGHT);
        corner.setPrefSize(LABEL_WIDTH, HEADER_HEIGHT);
        sheet.setPrefSize(LABEL_WIDTH + width, HEADER_HEIGHT + height);
        drawYears(height);
        drawRows(width);
        drawToday(height);
        stick();
    }

    private void drawYears(double height) {
        for (int y = 0; y < scale.years(); y++) {
            int fy = scale.firstFiscalYear() + y;
            double x0 = scale.x(YearMonth.of(fy, 4));
            double w = 12 * scale.monthWidth();
            Rectangle band = new Rectangle(x0, 0, w, height);
            band.getStyleClass().add(y % 2 == 0 ? "timeline-year-even" : "timeline-year-odd");
            chart.getChildren().add(band);
            Rectangle headBand = new Rectangle(x0, 0, w, HEADER_HEIGHT);
            headBand.getStyleClass().add(y % 2 == 0 ? "timeline-head-even" : "timeline-head-odd");
            header.getChildren().add(headBand);
            Label title = new Label(JapaneseDates.fiscalYearLabel(fy) + (showWestern ? "（" + fy + "）" : ""));
            title.getStyleClass().add("timeline-year-label");
            title.setLayoutX(x0 + 8);
            title.setLayoutY(4);
            title.setMaxWidth(w - 12);
            header.getChildren().add(title);
            for (int m = 0; m < 12; m++) {
                YearMonth month = YearMonth.of(fy, 4).plusMonths(m);
                double x = scale.x(month);
                boolean quarter = m % 3 == 0;
                if (m > 0 && (zoom == TimelineScale.Zoom.MONTH || quarter)) {
                    Line grid = new Line(x, 0, x, height);
                    grid.getStyleClass().add(quarter ? "timeline-grid-quarter" : "timeline-grid-month");
                    chart.getChildren().add(grid);
                }
                String text = switch (zoom) {
                    case MONTH -> month.getMonthValue() + "月";
                    case QUARTER -> quarter ? month.getMonthValue() + "–" + month.plusMonths(2).getMonthValue() + "月" : null;
                    case FISCAL_YEAR -> quarter && scale.monthWidth() >= 16 ? month.getMonthValue() + "月" : null;
                };
                if (text != null) {
                    Label l = new Label(text);
                    l.getStyleClass().add("timeline-month-label");
                    l.setLayoutX(x + 4);
                    l.setLayoutY(30);
                    header.getChildren().add(l);
                }
            }
            Line boundary = new Line(x0, 0, x0, height);
            boundary.getStyleClass().add("timeline-year-line");
            chart.getChildren().add(boundary);
            Line headBoundary = new Line(x0, 0, x0, HEADER_HEIGHT);
            headBoundary.getStyleClass().add("timeline-year-line");
            header.getChildren().add(headBoundary);
        }
    }

    private void drawRows(double width) {
        Map<UUID, RoadmapFollowUp.Attention> attention = new LinkedHashMap<>();
        model.attention().forEach(a -> attention.putIfAbsent(a.item().getId(), a));
        double y = 0;
        int index = 0;
        for (TimelineRows.Row row : rows.rows()) {
            if (row.item() == null) {
                Label g = new Label(row.groupTitle());
                g.getStyleClass().add("timeline-group-label");
                g.setLayoutY(y);
                g.setPrefSize(LABEL_WIDTH, GROUP_HEIGHT);
                labels.getChildren().add(g);
                Rectangle band = new Rectangle(0, y, width, GROUP_HEIGHT);
                band.getStyleClass().add("timeline-group-band");
                chart.getChildren().add(band);
                y += GROUP_HEIGHT;
                continue;
            }
            RoadmapItem item = row.item();
            labels.getChildren().add(rowLabel(item, y, index));
            Line sep = new Line(0, y + ROW_HEIGHT, width, y + ROW_HEIGHT);
            sep.getStyleClass().add("timeline-row-line");
            chart.getChildren().add(sep);
            if (scale.overlaps(item.start(), item.end())) {
                Region bar = bar(item, y, attention.get(item.getId()));
                bars.put(item.getId(), bar);
                chart.getChildren().add(bar);
            }
            if (item.getMilestone() != null && scale.shows(YearMonth.from(item.getMilestone()))) {
                chart.getChildren().add(milestone(item, y));
            }
            y += ROW_HEIGHT;
            index++;
        }
    }

    private Node rowLabel(RoadmapItem item, double y, int index) {
        Label title = new Label(item.getTitle().replace('\n', ' '));
        title.getStyleClass().add("timeline-row-title");
        List<String> owners = item.ownerList();
        Label sub = new Label((owners.isEmpty() ? Msg.t("roadmap.noOwner") : String.join("、", owners)) + "　"
                + Formats.monthRange(item.start(), item.end()));
        sub.getStyleClass().add(owners.isEmpty() ? "timeline-row-warning" : "timeline-row-sub");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(0, title, sub);
        box.getStyleClass().add("timeline-row-label");
        box.setUserData(item.getId());
        box.setId("row-" + index);
        box.setLayoutY(y);
        box.setPrefSize(LABEL_WIDTH, ROW_HEIGHT);
        box.setMaxSize(LABEL_WIDTH, ROW_HEIGHT);
        box.setAlignment(Pos.CENTER_LEFT);
        box.pseudoClassStateChanged(SELECTED, item.getId().equals(selected));
        box.setCursor(Cursor.OPEN_HAND);
        Tooltip.install(box, new Tooltip(Msg.t("roadmap.rowTip")));
        box.setOnMousePressed(e -> select(item.getId()));
        box.setOnMouseDragged(e -> showDrop(e.getSceneY()));
        box.setOnMouseReleased(e -> {
            hideDrop();
            int target = rows.dropIndex(labels.sceneToLocal(e.getSceneX(), e.getSceneY()).getY(), model.items());
            if (target >= 0) {
                int from = model.items().indexOf(item);
                act(() -> model.reorder(item.getId(), target > from ? target - 1 : target));
            }
        });
        return box;
    }

    private Region bar(RoadmapItem item, double rowY, RoadmapFollowUp.Attention attention) {
        StackPane bar = new StackPane();
        bar.getStyleClass().add("timeline-bar");
        bar.setId("bar-" + item.getId());
        bar.setUserData(item.getId());
        String colour = colouring == Colouring.STATUS ? statusColour(item.getStatus())
                : item.ownerList().isEmpty() ? "#9E9E9E" : ownerColour(item.ownerList().get(0));
        bar.setStyle("-fx-background-color: " + colour + ";");
        if (attention != null && attention.reason() == RoadmapFollowUp.Reason.LATE) {
            bar.getStyleClass().add("timeline-bar-late");
        }
        Label text = new Label(item.getTitle().replace('\n', ' '));
        text.getStyleClass().add("timeline-bar-text");
        text.setMouseTransparent(true);
        text.setMinWidth(0); // shortened with … when the bar is narrow
        StackPane.setAlignment(text, Pos.CENTER_LEFT);
        bar.getChildren().add(text);
        bar.pseudoClassStateChanged(SELECTED, item.getId().equals(selected));
        placeBar(bar, item.start(), item.end(), rowY);
        Tooltip.install(bar, new Tooltip(item.getTitle() + "\n" + Formats.monthRange(item.start(), item.end()) + "（" + item.months() + "か月）　" + item.getStatus().label()
                + (attention != null ? "\n" + attention.message() : "")));
        BarDrag.install(this, bar, item, rowY);
        return bar;
    }

    /** Puts the bar of the period start–end in the row at {@code rowY} (also while it is dragged). */
    void placeBar(Region bar, YearMonth start, YearMonth end, double rowY) {
        double x0 = Math.max(0, scale.x(start));
        double x1 = Math.min(scale.width(), scale.x(end.plusMonths(1)));
        bar.setLayoutX(x0 + 1);
        bar.setLayoutY(rowY + (ROW_HEIGHT - BAR_HEIGHT) / 2);
        bar.setPrefSize(Math.max(4, x1 - x0 - 2), BAR_HEIGHT);
        bar.setMaxSize(Math.max(4, x1 - x0 - 2), BAR_HEIGHT);
        bar.resize(Math.max(4, x1 - x0 - 2), BAR_HEIGHT);
    }

    private Node milestone(RoadmapItem item, double rowY) {
        double size = 18;
        double cx = scale.x(item.getMilestone());
        double cy = rowY + ROW_HEIGHT / 2;
        Polygon diamond = new Polygon(cx, cy - size / 2 - 2, cx + size / 2, cy, cx, cy + size / 2 + 2, cx - size / 2, cy);
        diamond.getStyleClass().add("timeline-milestone");
        diamond.setId("milestone-" + item.getId());
        Tooltip.install(diamond, new Tooltip(Msg.t("roadmap.milestoneTip", item.getTitle(), Formats.date(item.getMilestone()))));
        diamond.setOnMousePressed(e -> {
            select(item.getId());
            e.consume();
        });
        return diamond;
    }

    private void drawToday(double height) {
        LocalDate today = model.today();
        if (!scale.shows(YearMonth.from(today))) {
            return;
        }
        double x = scale.x(today);
        Line line = new Line(x, 0, x, height);
        line.getStyleClass().add("timeline-today");
        line.setMouseTransparent(true);
        chart.getChildren().add(line);
        Label l = new Label(Msg.t("roadmap.today"));
        l.getStyleClass().add("timeline-today-label");
        l.setLayoutX(x - 14);
        l.setLayoutY(HEADER_HEIGHT - 18);
        header.getChildren().add(l);
    }

    // --- rows and groups ---

    /** The rows under the chosen grouping's headings (see {@link TimelineRows#grouped}). */
    TimelineRows rows() {
        List<RoadmapItem> items = model.items();
        return switch (grouping) {
            case NONE -> TimelineRows.ungrouped(items);
            case PHASE -> TimelineRows.grouped(items, i -> Text.isBlank(i.getPhase()) ? null : i.getPhase().strip(), Choices.ROADMAP_PHASES,
                    Msg.t("roadmap.group.noPhase"));
            case ISSUE -> TimelineRows.grouped(items, i -> model.issue(i.getIssueId()).map(TimelineView::issueTitle).orElse(null),
                    model.issues().stream().map(TimelineView::issueTitle).toList(), Msg.t("roadmap.group.noIssue"));
            case OWNER -> TimelineRows.grouped(items, i -> i.ownerList().isEmpty() ? null : i.ownerList().get(0), List.of(),
                    Msg.t("roadmap.group.noOwner"));
        };
    }

    static String issueTitle(CaseIssue issue) {
        String s = issue.getStatement().strip().replace('\n', ' ');
        return (issue.getRank() != null ? issue.getRank() + ". " : "") + (s.length() > 40 ? s.substring(0, 39) + "…" : s);
    }

    private void showDrop(double sceneY) {
        double lineY = rows.dropLineY(labels.sceneToLocal(0, sceneY).getY());
        if (dropLine == null) {
            dropLine = new Line();
            dropLine.getStyleClass().add("timeline-drop-line");
            labels.getChildren().add(dropLine);
        }
        dropLine.setStartX(0);
        dropLine.setEndX(LABEL_WIDTH);
        dropLine.setStartY(lineY);
        dropLine.setEndY(lineY);
    }

    private void hideDrop() {
        if (dropLine != null) {
            labels.getChildren().remove(dropLine);
            dropLine = null;
        }
    }

    // --- keyboard ---

    private void onKey(KeyEvent e) {
        List<RoadmapItem> order = rows.items();
        if (order.isEmpty()) {
            return;
        }
        int i = selected == null ? -1 : indexOf(order, selected);
        KeyCode k = e.getCode();
        boolean handled = true;
        if ((k == KeyCode.UP || k == KeyCode.DOWN) && e.isShortcutDown() && i >= 0) {
            int to = model.items().indexOf(order.get(i)) + (k == KeyCode.UP ? -1 : 1);
            act(() -> model.reorder(selected, to));
        } else if (k == KeyCode.UP) {
            select(order.get(Math.max(0, i - 1)).getId());
        } else if (k == KeyCode.DOWN) {
            select(order.get(Math.min(order.size() - 1, i + 1)).getId());
        } else if ((k == KeyCode.LEFT || k == KeyCode.RIGHT) && i >= 0) {
            int d = k == KeyCode.LEFT ? -1 : 1;
            RoadmapItem item = order.get(i);
            if (e.isShiftDown() || e.isAltDown()) { // Shift stretches the end, Alt the start
                YearMonth[] p = BarDrag.period(item, e.isShiftDown() ? BarDrag.Mode.END : BarDrag.Mode.START, d);
                act(() -> model.setPeriod(item.getId(), p[0], p[1]));
            } else {
                act(() -> model.move(item.getId(), d));
            }
        } else if (k == KeyCode.DELETE && i >= 0) {
            onDeleteRequest.accept(selected);
        } else if (k == KeyCode.HOME) {
            scrollToToday();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    private static int indexOf(List<RoadmapItem> list, UUID id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Runs a model action; a refusal is told, and the refused drag's preview goes back. */
    void act(Runnable action) {
        try {
            action.run();
        } catch (RoadmapException ex) {
            onError.accept(ex.getMessage());
            rebuild(); // the refused drag's preview goes back
        }
    }

    // --- scrolling ---

    private void stick() {
        double viewW = scroll.getViewportBounds() == null ? 0 : scroll.getViewportBounds().getWidth();
        double viewH = scroll.getViewportBounds() == null ? 0 : scroll.getViewportBounds().getHeight();
        double offX = scroll.getHvalue() * Math.max(0, sheet.getPrefWidth() - viewW);
        double offY = scroll.getVvalue() * Math.max(0, sheet.getPrefHeight() - viewH);
        labels.setTranslateX(offX);
        corner.setTranslateX(offX);
        header.setTranslateY(offY);
        corner.setTranslateY(offY);
    }

    /** Scrolls so that the item's bar (or row) is in view. */
    public void reveal(UUID itemId) {
        double y = rows.y(itemId);
        Region bar = bars.get(itemId);
        double viewW = scroll.getViewportBounds().getWidth() - LABEL_WIDTH;
        double viewH = scroll.getViewportBounds().getHeight() - HEADER_HEIGHT;
        double maxX = sheet.getPrefWidth() - scroll.getViewportBounds().getWidth();
        double maxY = sheet.getPrefHeight() - scroll.getViewportBounds().getHeight();
        double offX = scroll.getHvalue() * Math.max(0, maxX);
        double offY = scroll.getVvalue() * Math.max(0, maxY);
        if (bar != null && maxX > 0 && (bar.getLayoutX() < offX || bar.getLayoutX() > offX + viewW - 40)) {
            scroll.setHvalue(Math.max(0, Math.min(1, (bar.getLayoutX() - 40) / maxX)));
        }
        if (y >= 0 && maxY > 0 && (y < offY || y + ROW_HEIGHT > offY + viewH)) {
            scroll.setVvalue(Math.max(0, Math.min(1, (y - viewH / 2) / maxY)));
        }
    }

    public void scrollToToday() {
        double maxX = sheet.getPrefWidth() - scroll.getViewportBounds().getWidth();
        if (maxX > 0 && scale.shows(YearMonth.from(model.today()))) {
            scroll.setHvalue(Math.max(0, Math.min(1, (scale.x(model.today()) - 3 * scale.monthWidth()) / maxX)));
        }
    }

    /** The whole timeline (not just what is in view), for the PNG export: the sticky parts go back in place first. */
    Region sheetForExport() {
        labels.setTranslateX(0);
        corner.setTranslateX(0);
        header.setTranslateY(0);
        corner.setTranslateY(0);
        return sheet;
    }

    void afterExport() {
        stick();
    }

    Region bar(UUID itemId) {
        return bars.get(itemId);
    }

    RoadmapModel model() {
        return model;
    }

    /** The chart under the header and beside the labels (where a dragged bar shows its hint). */
    Pane chart() {
        return chart;
    }
}
