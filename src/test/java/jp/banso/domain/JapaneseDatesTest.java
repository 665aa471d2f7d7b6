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

    // ------------------------------------------------------------------ every form people type or copy (issue 12)

    @ParameterizedTest
    @CsvSource({
            "２０１９／５／１, 2019-05-01",
            "Ｒ１．５．１, 2019-05-01",
            "Ｈ３１．４．３０, 2019-04-30",
            "20190501, 2019-05-01",
            "２０１９０５０１, 2019-05-01",
            "2019年5月1日（水）, 2019-05-01",
            "2019年5月1日(水), 2019-05-01",
            "2019年5月1日 (水曜日), 2019-05-01",
            "令和元年5月1日, 2019-05-01",
            "令和元年5月1日（水）, 2019-05-01",
            "R1.5.1, 2019-05-01",
            "S64.1.7, 1989-01-07",
            "昭和64年1月7日, 1989-01-07",
            "H1.1.8, 1989-01-08",
            "平成元年1月8日, 1989-01-08",
            "㍻31年4月30日, 2019-04-30",
            "S40.10.1, 1965-10-01",
            "2026年9月30日（水）, 2026-09-30",
            "2020/2/29, 2020-02-29",
    })
    void readsFullWidthCompactAndReadBackForms(String text, LocalDate expected) {
        JapaneseDates.Reading<LocalDate> r = JapaneseDates.read(text);
        assertThat(r.error()).isNull();
        assertThat(r.value()).isEqualTo(expected);
    }

    @Test
    void theAppsOwnStyleReadsBackForEveryDayOfTheYearsItCovers() {
        List<LocalDate> failures = new ArrayList<>();
        for (LocalDate d = LocalDate.of(1989, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            if (!JapaneseDates.parse(JapaneseDates.date(d)).equals(java.util.Optional.of(d))) {
                failures.add(d);
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "平成31年5月1日 | 平成31年5月1日はありません：平成は平成31年4月30日までです（2019年5月1日（水）は令和元年5月1日）",
            "H31.5.1 | 平成31年5月1日はありません：平成は平成31年4月30日までです（2019年5月1日（水）は令和元年5月1日）",
            "令和元年4月30日 | 令和元年4月30日はありません：令和は令和元年5月1日からです（2019年4月30日（火）は平成31年4月30日）",
            "Ｒ１．４．３０ | 令和元年4月30日はありません：令和は令和元年5月1日からです（2019年4月30日（火）は平成31年4月30日）",
            "昭和64年1月8日 | 昭和64年1月8日はありません：昭和は昭和64年1月7日までです（1989年1月8日（日）は平成元年1月8日）",
            "2019/2/30 | 2019年2月30日はありません（2019年2月は28日までです）",
            "20190230 | 2019年2月30日はありません（2019年2月は28日までです）",
            "2022-13-01 | 2022年13月1日はありません（月は1〜12です）",
            "令和4年2月29日 | 令和4年2月29日はありません（2月は28日までです）",
            "令和0年1月1日 | 令和は元年（1年）からです",
            "2019年5月1日（木） | 2019年5月1日（水）です（木曜日ではありません）",
            "abc | 日付として読めません",
            "令和4年9月 | 日付として読めません",
            "1800/1/1 | 1800年1月1日は扱えません（明治6年1月1日以降の日付を入力してください）",
    })
    void refusesWithItsOwnMessage(String text, String message) {
        JapaneseDates.Reading<LocalDate> r = JapaneseDates.read(text);
        assertThat(r.value()).isNull();
        assertThat(r.error()).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "令和元年4月 | 令和元年4月はありません：令和は令和元年5月1日からです",
            "平成31年5月 | 平成31年5月はありません：平成は平成31年4月30日までです",
            "2026/13 | 2026年13月はありません（月は1〜12です）",
            "来年4月 | 年月として読めません",
            "2019/2/30 | 2019年2月30日はありません（2019年2月は28日までです）",
    })
    void monthsThatDoNotExistGetTheirOwnMessage(String text, String message) {
        assertThat(JapaneseDates.readMonth(text).error()).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource({"２０２６／４, 2026-04", "202604, 2026-04", "Ｒ８．４, 2026-04", "2026年4月, 2026-04", "S64.1, 1989-01"})
    void readsFullWidthAndCompactMonths(String text, String expected) {
        assertThat(JapaneseDates.parseMonth(text)).contains(YearMonth.parse(expected));
    }

    @Test
    void oneDisplayStylePerKind() {
        assertThat(JapaneseDates.date(LocalDate.of(2026, 9, 30))).isEqualTo("2026年9月30日（水）");
        assertThat(JapaneseDates.month(YearMonth.of(2026, 9))).isEqualTo("2026年9月");
        assertThat(JapaneseDates.monthRange(YearMonth.of(2026, 4), YearMonth.of(2027, 3))).isEqualTo("2026年4月〜2027年3月");
        assertThat(JapaneseDates.monthRange(YearMonth.of(2026, 4), YearMonth.of(2026, 9))).isEqualTo("2026年4月〜9月");
        assertThat(JapaneseDates.monthRange(YearMonth.of(2026, 4), YearMonth.of(2026, 4))).isEqualTo("2026年4月");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-08-22 | 2026-08-23 | false | 8月22日〜23日",
            "2026-08-31 | 2026-09-01 | false | 8月31日〜9月1日",
            "2026-03-31 | 2026-04-01 | false | 2026年3月31日〜4月1日",
            "2026-12-31 | 2027-01-01 | false | 12月31日〜1月1日",
            "2026-08-22 | 2026-08-22 | false | 8月22日",
            "2026-08-22 | 2026-08-23 | true | 2026年8月22日〜23日",
            "2026-12-31 | 2027-01-01 | true | 2026年12月31日〜2027年1月1日",
    })
    void meetingDays(LocalDate start, LocalDate end, boolean withYear, String expected) {
        assertThat(JapaneseDates.dayRange(start, end, withYear)).isEqualTo(expected);
    }

    @Test
    void exampleDatesFallInTheCasesYear() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(JapaneseDates.exampleDate(List.of(2026), today)).isEqualTo(today);
        assertThat(JapaneseDates.exampleDate(List.of(1989, 1990), today)).isEqualTo(LocalDate.of(1989, 9, 30));
        assertThat(JapaneseDates.exampleDate(List.of(), today)).isEqualTo(today);
    }

    @ParameterizedTest
    @CsvSource({"平成元年度, 1989", "H1, 1989", "1989, 1989", "１９８９年度, 1989", "令和元年度, 2019", "平成31年度, 2019",
            "令和4年度（2022年度）, 2022", "R8, 2026", "昭和63年度, 1988"})
    void readsFiscalYears(String text, int expected) {
        assertThat(JapaneseDates.parseFiscalYear(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和0年度", "平成32年度", "来年度", "", "19"})
    void refusesFiscalYearsThatAreNone(String text) {
        assertThat(JapaneseDates.parseFiscalYear(text)).isEmpty();
    }
}
