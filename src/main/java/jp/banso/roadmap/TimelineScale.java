package jp.banso.roadmap;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The timeline's time axis: whole 年度 (April–March) from {@code firstFiscalYear}, {@code monthWidth} pixels a month.
 * Pure arithmetic, so it is tested without a screen and the PNG export draws with the same numbers.
 */
public record TimelineScale(int firstFiscalYear, int years, double monthWidth) {

    public enum Zoom {
        MONTH("月", 64), QUARTER("四半期", 30), FISCAL_YEAR("年度", 0);

        private final String label;
        private final double monthWidth;

        Zoom(String label, double monthWidth) {
            this.label = label;
            this.monthWidth = monthWidth;
        }

        public String label() {
            return label;
        }

        /** Pixels per month; the 年度 zoom fits every year shown into {@code available} pixels. */
        public double monthWidth(double available, int years) {
            return this == FISCAL_YEAR ? Math.max(MIN_MONTH_WIDTH, Math.floor(available / (years * 12.0))) : monthWidth;
        }
    }

    /** Narrowest a month may get; below this a bar can no longer be grabbed by its ends. */
    public static final double MIN_MONTH_WIDTH = 12;
    public static final int MIN_YEARS = 1;
    public static final int MAX_YEARS = 10;

    public TimelineScale {
        if (years < MIN_YEARS || years > MAX_YEARS) {
            throw new IllegalArgumentException("years: " + years);
        }
    }

    public YearMonth first() {
        return YearMonth.of(firstFiscalYear, 4);
    }

    /** The last month shown (March of the last 年度). */
    public YearMonth last() {
        return YearMonth.of(firstFiscalYear + years, 3);
    }

    public int months() {
        return years * 12;
    }

    public double width() {
        return months() * monthWidth;
    }

    /** Months from the first month shown (negative before it). */
    public int index(YearMonth month) {
        return (int) first().until(month, ChronoUnit.MONTHS);
    }

    /** Left edge of the month. */
    public double x(YearMonth month) {
        return index(month) * monthWidth;
    }

    /** A day within its month, for milestones and the today line. */
    public double x(LocalDate date) {
        YearMonth m = YearMonth.from(date);
        return x(m) + (date.getDayOfMonth() - 1) / (double) m.lengthOfMonth() * monthWidth;
    }

    /** The month under an x position (clamped to the months shown). */
    public YearMonth monthAt(double x) {
        int i = (int) Math.floor(x / monthWidth);
        return first().plusMonths(Math.max(0, Math.min(months() - 1, i)));
    }

    /** Whole months a drag of {@code dx} pixels stands for (half a month or more rounds away from zero). */
    public int monthsFor(double dx) {
        return (int) Math.round(dx / monthWidth);
    }

    public boolean shows(YearMonth month) {
        return !month.isBefore(first()) && !month.isAfter(last());
    }

    /** Whether a period starting and ending in these months has any month shown. */
    public boolean overlaps(YearMonth start, YearMonth end) {
        return !end.isBefore(first()) && !start.isAfter(last());
    }
}
