package jp.banso.roadmap;

import static jp.banso.roadmap.TimelineRows.GROUP_HEIGHT;
import static jp.banso.roadmap.TimelineRows.ROW_HEIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import jp.banso.domain.RoadmapItem;
import org.junit.jupiter.api.Test;

/** Which items go under which heading of the timeline, in which order, and where rows and drops are. */
class TimelineRowsTest {

    private static RoadmapItem item(String title, String phase) {
        RoadmapItem i = new RoadmapItem();
        i.setTitle(title);
        i.setPhase(phase);
        return i;
    }

    private static final Function<RoadmapItem, String> PHASE = RoadmapItem::getPhase;

    /** The rows as text: headings in brackets, items by title. */
    private static List<String> shown(TimelineRows rows) {
        return rows.rows().stream().map(r -> r.item() == null ? "[" + r.groupTitle() + "]" : r.item().getTitle()).toList();
    }

    @Test
    void withoutGroupingTheItemsKeepTheRoadmapsOrder() {
        RoadmapItem a = item("a", "長期");
        RoadmapItem b = item("b", null);
        TimelineRows rows = TimelineRows.ungrouped(List.of(a, b));
        assertThat(shown(rows)).containsExactly("a", "b");
        assertThat(rows.items()).containsExactly(a, b);
    }

    @Test
    void namedHeadingsComeInTheirOrderOthersAsTheyFirstAppearAndItemsWithoutOneLast() {
        List<RoadmapItem> items = List.of(item("a", "長期"), item("b", null), item("c", "その他"), item("d", "短期"),
                item("e", "長期"), item("f", "別枠"), item("g", "その他"));
        TimelineRows rows = TimelineRows.grouped(items, PHASE, List.of("短期", "中期", "長期"), "段階なし");
        assertThat(shown(rows)).containsExactly("[短期]", "d", "[長期]", "a", "e", "[その他]", "c", "g", "[別枠]", "f", "[段階なし]", "b");
        assertThat(rows.items()).extracting(RoadmapItem::getTitle).containsExactly("d", "a", "e", "c", "g", "f", "b");
    }

    @Test
    void aHeadingWithoutItemsIsNotShown() {
        TimelineRows rows = TimelineRows.grouped(List.of(item("a", "長期")), PHASE, List.of("短期", "中期", "長期"), "段階なし");
        assertThat(shown(rows)).containsExactly("[長期]", "a");
    }

    @Test
    void anItemWhoseHeadingIsTheNoHeadingTitleJoinsThem() {
        TimelineRows rows = TimelineRows.grouped(List.of(item("a", "段階なし"), item("b", "短期"), item("c", null)), PHASE,
                List.of("短期"), "段階なし");
        assertThat(shown(rows)).containsExactly("[短期]", "b", "[段階なし]", "a", "c");
    }

    @Test
    void rowsStackHeadingsAndItemsAndTheChartIsAtLeastThreeRowsHigh() {
        RoadmapItem a = item("a", "短期");
        RoadmapItem b = item("b", "長期");
        TimelineRows rows = TimelineRows.grouped(List.of(a, b), PHASE, List.of("短期", "長期"), "段階なし");
        assertThat(rows.y(a.getId())).isEqualTo(GROUP_HEIGHT);
        assertThat(rows.y(b.getId())).isEqualTo(2 * GROUP_HEIGHT + ROW_HEIGHT);
        assertThat(rows.y(item("x", null).getId())).as("not shown").isEqualTo(-1);
        assertThat(rows.height()).isEqualTo(Math.max(2 * GROUP_HEIGHT + 2 * ROW_HEIGHT, 3 * ROW_HEIGHT));
        assertThat(TimelineRows.ungrouped(List.of()).height()).isEqualTo(3 * ROW_HEIGHT);
        List<RoadmapItem> many = List.of(a, b, item("c", null), item("d", null));
        assertThat(TimelineRows.ungrouped(many).height()).isEqualTo(4 * ROW_HEIGHT);
    }

    @Test
    void aDroppedRowGoesBeforeOrAfterTheRowUnderThePointer() {
        RoadmapItem a = item("a", null);
        RoadmapItem b = item("b", null);
        RoadmapItem c = item("c", null);
        List<RoadmapItem> order = List.of(a, b, c);
        TimelineRows rows = TimelineRows.ungrouped(order);
        assertThat(rows.dropIndex(10, order)).as("upper half of a").isEqualTo(0);
        assertThat(rows.dropIndex(ROW_HEIGHT - 10, order)).as("lower half of a").isEqualTo(1);
        assertThat(rows.dropIndex(ROW_HEIGHT + 30, order)).as("lower half of b").isEqualTo(2);
        assertThat(rows.dropIndex(10 * ROW_HEIGHT, order)).as("below the last row").isEqualTo(3);
        assertThat(rows.dropLineY(10)).isEqualTo(0);
        assertThat(rows.dropLineY(ROW_HEIGHT + 30)).isEqualTo(2 * ROW_HEIGHT);
        assertThat(rows.dropLineY(10 * ROW_HEIGHT)).isEqualTo(3 * ROW_HEIGHT);
    }

    @Test
    void underHeadingsADropCountsInTheRoadmapsOrderAndAHeadingLeadsToItsFirstRow() {
        RoadmapItem a = item("a", "長期");
        RoadmapItem b = item("b", "短期");
        List<RoadmapItem> order = List.of(a, b); // the roadmap's order; shown: [短期] b, [長期] a
        TimelineRows rows = TimelineRows.grouped(order, PHASE, List.of("短期", "長期"), "段階なし");
        assertThat(rows.dropIndex(GROUP_HEIGHT + 10, order)).as("upper half of b: before b").isEqualTo(1);
        assertThat(rows.dropIndex(10, order)).as("over the first heading: before its first item").isEqualTo(1);
        assertThat(rows.dropLineY(10)).isEqualTo(GROUP_HEIGHT);
        double aTop = 2 * GROUP_HEIGHT + ROW_HEIGHT;
        assertThat(rows.dropIndex(aTop + ROW_HEIGHT - 5, order)).as("lower half of a: after a").isEqualTo(1);
    }
}
