package jp.banso.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import jp.banso.domain.RoadmapItem;

/**
 * The timeline's rows from top to bottom: which items go under which heading, in which order, and where each row
 * is (rows of items and thinner heading rows). Plain Java; {@link TimelineView} draws them.
 */
final class TimelineRows {
    static final double ROW_HEIGHT = 46;
    static final double GROUP_HEIGHT = 30;

    /** What a row shows: a heading ({@code item} null) or an item. */
    record Row(String groupTitle, RoadmapItem item) {
        double height() {
            return item == null ? GROUP_HEIGHT : ROW_HEIGHT;
        }
    }

    private final List<Row> rows;

    private TimelineRows(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The items in roadmap order, no headings. */
    static TimelineRows ungrouped(List<RoadmapItem> items) {
        return new TimelineRows(items.stream().map(i -> new Row(null, i)).toList());
    }

    /**
     * The items under their headings: each item keeps its roadmap order within its heading. Headings named in
     * {@code order} come first in that order, the others after them as they first appear, and the items without one
     * ({@code heading} gives null) last under {@code none}.
     */
    static TimelineRows grouped(List<RoadmapItem> items, Function<RoadmapItem, String> heading, List<String> order, String none) {
        Map<String, List<RoadmapItem>> groups = new LinkedHashMap<>();
        for (RoadmapItem i : items) {
            String key = heading.apply(i);
            groups.computeIfAbsent(key == null ? none : key, k -> new ArrayList<>()).add(i);
        }
        List<String> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.comparingInt((String k) -> k.equals(none) ? Integer.MAX_VALUE
                : order.contains(k) ? order.indexOf(k) : order.size()));
        List<Row> rows = new ArrayList<>();
        for (String k : keys) {
            rows.add(new Row(k, null));
            groups.get(k).forEach(i -> rows.add(new Row(null, i)));
        }
        return new TimelineRows(rows);
    }

    List<Row> rows() {
        return rows;
    }

    /** The items as shown, top to bottom (the order ↑/↓ walk through). */
    List<RoadmapItem> items() {
        return rows.stream().map(Row::item).filter(i -> i != null).toList();
    }

    /** All rows together, at least three rows' worth so an empty roadmap still shows a chart. */
    double height() {
        return Math.max(rows.stream().mapToDouble(Row::height).sum(), ROW_HEIGHT * 3);
    }

    /** The top of the item's row, or -1 when it is not shown. */
    double y(UUID itemId) {
        double y = 0;
        for (Row r : rows) {
            if (r.item() != null && r.item().getId().equals(itemId)) {
                return y;
            }
            y += r.height();
        }
        return -1;
    }

    /**
     * Where a row dragged to {@code y} goes in {@code roadmapOrder} (the model's order): before the item under the
     * pointer when in its upper half, after it when in its lower half, at the end below the last row; -1 over a heading.
     */
    int dropIndex(double y, List<RoadmapItem> roadmapOrder) {
        double top = 0;
        for (Row r : rows) {
            double h = r.height();
            if (r.item() != null && y < top + h) {
                int i = roadmapOrder.indexOf(r.item());
                return y < top + h / 2 ? i : i + 1;
            }
            top += h;
        }
        return y >= top ? roadmapOrder.size() : -1;
    }

    /** Where the line showing the drop goes for a row dragged to {@code y}: between two rows, or below the last. */
    double dropLineY(double y) {
        double top = 0;
        for (Row r : rows) {
            double h = r.height();
            if (r.item() != null && y < top + h) {
                return y < top + h / 2 ? top : top + h;
            }
            top += h;
        }
        return top;
    }
}
