package jp.banso.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TimelineScaleTest {
    /** 令和8年度 to 令和10年度 (2026-04 … 2029-03), 30 px a month. */
    final TimelineScale scale = new TimelineScale(2026, 3, 30);

    @Test
    void theAxisRunsFromAprilToMarchOfWholeFiscalYears() {
        assertThat(scale.first()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(scale.last()).isEqualTo(YearMonth.of(2029, 3));
        assertThat(scale.months()).isEqualTo(36);
        assertThat(scale.width()).isEqualTo(1080);
    }

    @Test
    void monthsMapToPixelsAndBackAcrossTheFiscalAndCalendarYear() {
        assertThat(scale.x(YearMonth.of(2026, 4))).isEqualTo(0);
        assertThat(scale.x(YearMonth.of(2027, 3))).isEqualTo(330); // last month of 令和8年度
        assertThat(scale.x(YearMonth.of(2027, 4))).isEqualTo(360); // first of 令和9年度
        assertThat(scale.x(YearMonth.of(2027, 1))).isEqualTo(270); // 1月 stays in 令和8年度
        assertThat(scale.monthAt(365)).isEqualTo(YearMonth.of(2027, 4));
        assertThat(scale.monthAt(-50)).isEqualTo(YearMonth.of(2026, 4));
        assertThat(scale.monthAt(99_999)).isEqualTo(YearMonth.of(2029, 3));
        assertThat(scale.index(YearMonth.of(2026, 1))).isEqualTo(-3);
    }

    @Test
    void daysPlaceMilestonesWithinTheirMonth() {
        assertThat(scale.x(LocalDate.of(2026, 4, 1))).isEqualTo(0);
        assertThat(scale.x(LocalDate.of(2026, 4, 16))).isEqualTo(15);
        assertThat(scale.x(LocalDate.of(2027, 2, 15))).isCloseTo(300 + 14 / 28.0 * 30, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void dragsSnapToWholeMonths() {
        assertThat(scale.monthsFor(14)).isZero();
        assertThat(scale.monthsFor(15)).isEqualTo(1);
        assertThat(scale.monthsFor(61)).isEqualTo(2);
        assertThat(scale.monthsFor(-46)).isEqualTo(-2);
    }

    @Test
    void overlapTellsWhatCanBeDrawn() {
        assertThat(scale.overlaps(YearMonth.of(2025, 10), YearMonth.of(2026, 4))).isTrue();
        assertThat(scale.overlaps(YearMonth.of(2025, 4), YearMonth.of(2026, 3))).isFalse();
        assertThat(scale.overlaps(YearMonth.of(2029, 3), YearMonth.of(2030, 3))).isTrue();
        assertThat(scale.overlaps(YearMonth.of(2029, 4), YearMonth.of(2030, 3))).isFalse();
        assertThat(scale.shows(YearMonth.of(2029, 3))).isTrue();
    }

    @Test
    void theFiscalYearZoomFitsTheYearsIntoTheSpace() {
        assertThat(TimelineScale.Zoom.FISCAL_YEAR.monthWidth(1200, 5)).isEqualTo(20);
        assertThat(TimelineScale.Zoom.FISCAL_YEAR.monthWidth(100, 5)).isEqualTo(TimelineScale.MIN_MONTH_WIDTH);
        assertThat(TimelineScale.Zoom.MONTH.monthWidth(100, 5)).isEqualTo(64);
    }
}
