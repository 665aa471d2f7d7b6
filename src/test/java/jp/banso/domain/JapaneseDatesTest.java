package jp.banso.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseDatesTest {

    @Test
    void fiscalYearTurnsOverOnTheFirstOfApril() {
        assertThat(JapaneseDates.fiscalYearOf(LocalDate.of(2023, 3, 31))).isEqualTo(2022);
        assertThat(JapaneseDates.fiscalYearOf(LocalDate.of(2023, 4, 1))).isEqualTo(2023);
        assertThat(JapaneseDates.fiscalYearOf(LocalDate.of(2023, 1, 1))).isEqualTo(2022);
        assertThat(JapaneseDates.fiscalYearOf(LocalDate.of(2022, 12, 31))).isEqualTo(2022);
        assertThat(JapaneseDates.fiscalYearOf(YearMonth.of(2023, 3))).isEqualTo(2022);
        assertThat(JapaneseDates.fiscalYearOf(YearMonth.of(2023, 4))).isEqualTo(2023);
    }

    @Test
    void fiscalYearStartAndEnd() {
        assertThat(JapaneseDates.fiscalYearStart(2022)).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(JapaneseDates.fiscalYearEnd(2022)).isEqualTo(LocalDate.of(2023, 3, 31));
    }

    @ParameterizedTest
    @CsvSource({
            "2022, 令和4年度",
            "2019, 平成31年度",
            "2020, 令和2年度",
            "1989, 平成元年度",
            "2018, 平成30年度",
    })
    void fiscalYearLabelUsesTheEraInForceOnTheFirstOfApril(int fiscalYear, String expected) {
        assertThat(JapaneseDates.fiscalYearLabel(fiscalYear)).isEqualTo(expected);
    }

    @Test
    void fiscalYearLabelWithWestern() {
        assertThat(JapaneseDates.fiscalYearLabelWithWestern(2022)).isEqualTo("令和4年度（2022年度）");
    }

    @ParameterizedTest
    @CsvSource({
            "2019-04-30, 平成31年4月30日",
            "2019-05-01, 令和元年5月1日",
            "2022-09-20, 令和4年9月20日",
            "1989-01-08, 平成元年1月8日",
            "1989-01-07, 昭和64年1月7日",
    })
    void wareki(LocalDate date, String expected) {
        assertThat(JapaneseDates.wareki(date)).isEqualTo(expected);
    }

    @Test
    void warekiOfMonth() {
        assertThat(JapaneseDates.wareki(YearMonth.of(2022, 9))).isEqualTo("令和4年9月");
    }

    @ParameterizedTest
    @CsvSource({
            "2022-05-01, R4.5.1",
            "2022-09-20, R4.9.20",
            "2019-04-30, H31.4.30",
            "2019-05-01, R1.5.1",
    })
    void warekiShort(LocalDate date, String expected) {
        assertThat(JapaneseDates.warekiShort(date)).isEqualTo(expected);
    }

    @Test
    void westernWithDayOfWeek() {
        assertThat(JapaneseDates.western(LocalDate.of(2022, 9, 20))).isEqualTo("2022年9月20日（火）");
    }

    @ParameterizedTest
    @CsvSource({
            "2022-09-20, 2022-09-20",
            "2022/9/20, 2022-09-20",
            "2022年9月20日, 2022-09-20",
            "令和4年9月20日, 2022-09-20",
            "R4.9.20, 2022-09-20",
            "r4/9/20, 2022-09-20",
            "令和元年5月1日, 2019-05-01",
            "平成31年4月30日, 2019-04-30",
            "H31.4.30, 2019-04-30",
            "２０２２年９月２０日, 2022-09-20",
            "令和４年９月２０日, 2022-09-20",
            "'  2022-09-20  ', 2022-09-20",
    })
    void parsesWhatPeopleType(String text, LocalDate expected) {
        assertThat(JapaneseDates.parse(text)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "2022-02-30",
            "2022-13-01",
            "平成31年5月1日",
            "令和元年4月30日",
            "令和0年1月1日",
            "平成0年1月1日",
            "昭和64年1月8日",
            "abc",
            "   ",
            "令和4年9月",
            "2022年9月20日X",
    })
    void rejectsTextThatIsNotARealDate(String text) {
        assertThat(JapaneseDates.parse(text)).isEmpty();
    }

    @Test
    void parseOfWarekiRoundTripsEveryDayAcrossTheEraChange() {
        List<LocalDate> failures = new ArrayList<>();
        int days = 0;
        for (LocalDate d = LocalDate.of(2018, 1, 1); !d.isAfter(LocalDate.of(2021, 12, 31)); d = d.plusDays(1)) {
            days++;
            if (!JapaneseDates.parse(JapaneseDates.wareki(d)).equals(java.util.Optional.of(d))) {
                failures.add(d);
            }
            if (!JapaneseDates.parse(JapaneseDates.warekiShort(d)).equals(java.util.Optional.of(d))) {
                failures.add(d);
            }
        }
        assertThat(days).isEqualTo(365 + 365 + 366 + 365);
        assertThat(failures).isEmpty();
    }

    // ------------------------------------------------------------------ months (roadmap periods)

    @ParameterizedTest
    @CsvSource({
            "2026/4, 2026-04",
            "2026-04, 2026-04",
            "2026年4月, 2026-04",
            "２０２６年４月, 2026-04",
            "令和8年4月, 2026-04",
            "R8.4, 2026-04",
            "r8/4, 2026-04",
            "令和元年5月, 2019-05",
            "R1.5, 2019-05",
            "平成31年4月, 2019-04",
            "H31.4, 2019-04",
            "平成30年12月, 2018-12",
            "令和9年3月, 2027-03",
            "2026/4/15, 2026-04",
            "R8.4.1, 2026-04",
    })
    void readsMonthsAsPeopleTypeThem(String text, String expected) {
        assertThat(JapaneseDates.parseMonth(text)).contains(YearMonth.parse(expected));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"令和元年4月", "平成31年5月", "2026/13", "令和0年5月", "R8.0", "8.4", "来年4月"})
    void rejectsMonthsThatDoNotExist(String text) {
        assertThat(JapaneseDates.parseMonth(text)).isEmpty();
    }

    @Test
    void shortMonthsFollowTheEraOfTheFirstDay() {
        assertThat(JapaneseDates.warekiShort(YearMonth.of(2019, 4))).isEqualTo("H31.4");
        assertThat(JapaneseDates.warekiShort(YearMonth.of(2019, 5))).isEqualTo("R1.5");
        assertThat(JapaneseDates.warekiShort(YearMonth.of(2027, 3))).isEqualTo("R9.3");
        assertThat(JapaneseDates.wareki(YearMonth.of(2019, 5))).isEqualTo("令和元年5月");
    }

    @Test
    void monthsRoundTripBothWaysAcrossTheEraChangeAndEveryFiscalYearBoundary() {
        List<YearMonth> failures = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2015, 1); !m.isAfter(YearMonth.of(2035, 12)); m = m.plusMonths(1)) {
            if (!JapaneseDates.parseMonth(JapaneseDates.wareki(m)).equals(java.util.Optional.of(m))
                    || !JapaneseDates.parseMonth(JapaneseDates.warekiShort(m)).equals(java.util.Optional.of(m))
                    || !JapaneseDates.parseMonth(m.getYear() + "/" + m.getMonthValue()).equals(java.util.Optional.of(m))) {
                failures.add(m);
            }
            int fy = JapaneseDates.fiscalYearOf(m);
            if (fy != (m.getMonthValue() >= 4 ? m.getYear() : m.getYear() - 1)) {
                failures.add(m);
            }
        }
        assertThat(failures).isEmpty();
        // March belongs to the 年度 that began the April before; April starts the next one
        assertThat(JapaneseDates.fiscalYearOf(YearMonth.of(2027, 3))).isEqualTo(2026);
        assertThat(JapaneseDates.fiscalYearOf(YearMonth.of(2027, 4))).isEqualTo(2027);
        assertThat(JapaneseDates.fiscalYearLabel(2026)).isEqualTo("令和8年度");
        assertThat(JapaneseDates.fiscalYearLabel(2019)).isEqualTo("平成31年度");
        assertThat(JapaneseDates.fiscalYearLabel(2020)).isEqualTo("令和2年度");
    }
}
