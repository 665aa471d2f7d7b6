package jp.banso.roadmap;

import java.time.YearMonth;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import jp.banso.domain.RoadmapItem;
import jp.banso.ui.Formats;

/**
 * Dragging one bar of the {@link TimelineView} by whole months: its middle moves the item, an end stretches it.
 * While dragging only the bar moves, with its new period in a hint above it; the change is saved on release.
 */
final class BarDrag {
    /** Grab zone at each end of a bar for stretching it. */
    static final double EDGE = 8;

    enum Mode {
        MOVE, START, END
    }

    private final TimelineView view;
    private final Region bar;
    private final RoadmapItem item;
    private final double rowY;
    private double pressX;
    private Mode mode;
    /** Months dragged so far. */
    private int delta;
    private Label hint;

    private BarDrag(TimelineView view, Region bar, RoadmapItem item, double rowY) {
        this.view = view;
        this.bar = bar;
        this.item = item;
        this.rowY = rowY;
    }

    /** Makes {@code bar} (the item's bar in the row at {@code rowY}) draggable. */
    static void install(TimelineView view, Region bar, RoadmapItem item, double rowY) {
        BarDrag drag = new BarDrag(view, bar, item, rowY);
        bar.setOnMouseMoved(e -> bar.setCursor(modeAt(bar.getWidth(), e.getX()) == Mode.MOVE ? Cursor.MOVE : Cursor.H_RESIZE));
        bar.setOnMousePressed(drag::pressed);
        bar.setOnMouseDragged(drag::dragged);
        bar.setOnMouseReleased(drag::released);
    }

    private void pressed(MouseEvent e) {
        view.select(item.getId());
        pressX = e.getSceneX();
        mode = modeAt(bar.getWidth(), e.getX());
        delta = 0;
        e.consume();
    }

    private void dragged(MouseEvent e) {
        int d = view.scale().monthsFor(e.getSceneX() - pressX);
        if (d == delta) {
            return;
        }
        delta = d;
        YearMonth[] p = period(item, mode, d);
        view.placeBar(bar, p[0], p[1], rowY);
        showHint(p[0], p[1]);
        e.consume();
    }

    private void released(MouseEvent e) {
        hideHint();
        if (delta != 0) {
            YearMonth[] p = period(item, mode, delta);
            int months = delta;
            view.act(() -> {
                if (mode == Mode.MOVE) {
                    view.model().move(item.getId(), months);
                } else {
                    view.model().setPeriod(item.getId(), p[0], p[1]);
                }
            });
        }
        e.consume();
    }

    private void showHint(YearMonth start, YearMonth end) {
        if (hint == null) {
            hint = new Label();
            hint.getStyleClass().add("timeline-drag-hint");
            hint.setId("drag-hint");
            view.chart().getChildren().add(hint);
        }
        hint.setText(Formats.monthRange(start, end));
        hint.setLayoutX(bar.getLayoutX());
        hint.setLayoutY(bar.getLayoutY() - 24);
        hint.toFront();
    }

    private void hideHint() {
        if (hint != null) {
            view.chart().getChildren().remove(hint);
            hint = null;
        }
    }

    /** What a press at {@code x} on a bar {@code width} wide drags: an end (a quarter of a narrow bar at most) or the whole. */
    static Mode modeAt(double width, double x) {
        double edge = Math.min(EDGE, width / 4);
        return x <= edge ? Mode.START : x >= width - edge ? Mode.END : Mode.MOVE;
    }

    /** The period a drag of {@code months} gives; a stretched end never passes the other one. */
    static YearMonth[] period(RoadmapItem item, Mode mode, int months) {
        YearMonth start = item.start();
        YearMonth end = item.end();
        return switch (mode) {
            case MOVE -> new YearMonth[] {start.plusMonths(months), end.plusMonths(months)};
            case START -> new YearMonth[] {min(start.plusMonths(months), end), end};
            case END -> new YearMonth[] {start, max(end.plusMonths(months), start)};
        };
    }

    private static YearMonth min(YearMonth a, YearMonth b) {
        return a.isBefore(b) ? a : b;
    }

    private static YearMonth max(YearMonth a, YearMonth b) {
        return a.isAfter(b) ? a : b;
    }
}
