package jp.banso.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import jp.banso.domain.RoadmapItem;
import org.junit.jupiter.api.Test;

/** A dragged bar's new period, and which part of a bar a press grabs. */
class BarDragTest {

    private static RoadmapItem item(YearMonth start, YearMonth end) {
        RoadmapItem i = new RoadmapItem();
        i.setPeriod(start, end);
        return i;
    }

    @Test
    void movingShiftsBothEndsAndStretchingNeverPassesTheOtherEnd() {
        RoadmapItem i = item(YearMonth.of(2026, 4), YearMonth.of(2026, 9));
        assertThat(BarDrag.period(i, BarDrag.Mode.MOVE, 3)).containsExactly(YearMonth.of(2026, 7), YearMonth.of(2026, 12));
        assertThat(BarDrag.period(i, BarDrag.Mode.START, -2)).containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 9));
        assertThat(BarDrag.period(i, BarDrag.Mode.START, 9)).containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 9));
        assertThat(BarDrag.period(i, BarDrag.Mode.END, 2)).containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 11));
        assertThat(BarDrag.period(i, BarDrag.Mode.END, -12)).containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 4));
    }

    @Test
    void theEndsOfABarStretchItAndANarrowBarKeepsAMiddleToMove() {
        assertThat(BarDrag.modeAt(200, 3)).isEqualTo(BarDrag.Mode.START);
        assertThat(BarDrag.modeAt(200, 100)).isEqualTo(BarDrag.Mode.MOVE);
        assertThat(BarDrag.modeAt(200, 195)).isEqualTo(BarDrag.Mode.END);
        assertThat(BarDrag.modeAt(20, 6)).as("a quarter of a narrow bar at most").isEqualTo(BarDrag.Mode.MOVE);
        assertThat(BarDrag.modeAt(20, 4)).isEqualTo(BarDrag.Mode.START);
    }
}
