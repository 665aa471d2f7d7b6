package jp.banso.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 年度 (April–March) and 和暦 for everyone: screens, reports and the command line share this one formatter.
 * 令和4年度 = 2022-04-01 … 2023-03-31. The first year of an era is written 元年.
 */
public final class JapaneseDates {

    private JapaneseDates() {
    }

    /**
     * The years a record's date or month may fall in (会議, 宿題の期限, 基準日, 状態の変更日, ロードマップ, 進捗, 年度): from 平成元年
     * (the earliest 年度 a case can have) to 2100. Anything else is a typing slip or a crafted file.
     */
    public static final int FIRST_YEAR = 1989;
    public static final int LAST_YEAR = 2100;
    /** What every date field says when its date is outside {@link #FIRST_YEAR}–{@link #LAST_YEAR}. */
    public static final String OUT_OF_RANGE = FIRST_YEAR + "年〜" + LAST_YEAR + "年の範囲で入力してください";

    public static boolean inRange(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    public static boolean inRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /** The 年度 (as its Western start year) that a date belongs to: 2023-03-31 → 2022. */
    public static int fiscalYearOf(LocalDate date) {
        return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
    }

    public static int fiscalYearOf(YearMonth month) {
        return fiscalYearOf(month.atDay(1));
    }

    public static LocalDate fiscalYearStart(int fiscalYear) {
        return LocalDate.of(fiscalYear, 4, 1);
    }

    public static LocalDate fiscalYearEnd(int fiscalYear) {
        return LocalDate.of(fiscalYear + 1, 3, 31);
    }

    /** 2022 → 令和4年度. The era is the one in force on the first day of the 年度 (2019 → 平成31年度). */
    public static String fiscalYearLabel(int fiscalYear) {
        return eraYear(fiscalYearStart(fiscalYear)) + "度";
    }

    /** 2022 → 令和4年度（2022年度）. */
    public static String fiscalYearLabelWithWestern(int fiscalYear) {
        return fiscalYearLabel(fiscalYear) + "（" + fiscalYear + "年度）";
    }

    /** 2022-09-20 → 令和4年9月20日. */
    public static String wareki(LocalDate date) {
        return eraYear(date) + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 2022-09-20 → R4.9.20 (the short form forms and slides use). */
    public static String warekiShort(LocalDate date) {
        JapaneseDate jd = JapaneseDate.from(date);
        return eraLetter(jd.getEra()) + jd.get(ChronoField.YEAR_OF_ERA) + "." + date.getMonthValue() + "." + date.getDayOfMonth();
    }

    /** 2022-09 → 令和4年9月. */
    public static String wareki(YearMonth month) {
        return eraYear(month.atDay(1)) + month.getMonthValue() + "月";
    }

    /** 2022-09-20 → 2022年9月20日（火）. */
    public static String western(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日（"
                + date.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.JAPANESE) + "）";
    }

    // --- the one display style per kind of value (docs/decisions/0007): 日付 2026年9月30日（水）, 年月 2026年9月, 年度 令和8年度 ---

    /** The app's date: 2026-09-30 → 2026年9月30日（水）. What screens show and what a date field is rewritten to. */
    public static String date(LocalDate date) {
        return western(date);
    }

    /** The app's month: 2026-09 → 2026年9月. */
    public static String month(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** A period of months: 2026年4月〜2027年3月, 2026年4月〜9月 in one year, 2026年4月 for one month. */
    public static String monthRange(YearMonth start, YearMonth end) {
        if (end == null || end.equals(start)) {
            return month(start);
        }
        return month(start) + "〜" + (end.getYear() == start.getYear() ? end.getMonthValue() + "月" : month(end));
    }

    /**
     * Days a meeting lasts, as people write them: 8月22日〜23日, 8月31日〜9月1日. The year is written where it is not
     * plain from the 年度 (a meeting across 3月31日 and 4月1日: 2026年3月31日〜4月1日), or always with {@code withYear}
     * (2026年8月22日〜23日). One day: 8月22日 (2026年8月22日).
     */
    public static String dayRange(LocalDate start, LocalDate end, boolean withYear) {
        boolean year = withYear || (end != null && fiscalYearOf(start) != fiscalYearOf(end));
        String from = (year ? start.getYear() + "年" : "") + start.getMonthValue() + "月" + start.getDayOfMonth() + "日";
        if (end == null || end.equals(start)) {
            return from;
        }
        String to = end.getDayOfMonth() + "日";
        if (year && end.getYear() != start.getYear()) {
            to = end.getYear() + "年" + end.getMonthValue() + "月" + to;
        } else if (end.getMonthValue() != start.getMonthValue() || end.getYear() != start.getYear()) {
            to = end.getMonthValue() + "月" + to;
        }
        return from + "〜" + to;
    }

    /**
     * A date to show as an example in a date field: today when it falls in one of the case's 年度, otherwise a day in the
     * case's first 年度 (so a 平成元年度 case is not shown a 令和 example).
     */
    public static LocalDate exampleDate(java.util.Collection<Integer> fiscalYears, LocalDate today) {
        if (fiscalYears == null || fiscalYears.isEmpty() || fiscalYears.contains(fiscalYearOf(today))) {
            return today;
        }
        return LocalDate.of(fiscalYears.stream().min(Integer::compare).orElseThrow(), 9, 30);
    }

    /** 2019-05-01 → 令和元年; 2019-04-30 → 平成31年. */
    public static String eraYear(LocalDate date) {
        JapaneseDate jd = JapaneseDate.from(date);
        int year = jd.get(ChronoField.YEAR_OF_ERA);
        return eraName(jd.getEra()) + (year == 1 ? "元" : String.valueOf(year)) + "年";
    }

    static String eraName(JapaneseEra era) {
        return era.getDisplayName(java.time.format.TextStyle.FULL, Locale.JAPANESE);
    }

    static String eraLetter(JapaneseEra era) {
        return era.getDisplayName(java.time.format.TextStyle.NARROW, Locale.ENGLISH);
    }

    // --- reading what people type: every form of date and month is read here and nowhere else ---

    /** What reading a typed date or month gave: the value, or a Japanese message saying why there is none. */
    public record Reading<T>(T value, String error) {
        static <T> Reading<T> of(T value) {
            return new Reading<>(value, null);
        }

        static <T> Reading<T> refused(String error) {
            return new Reading<>(null, error);
        }

        public boolean ok() {
            return error == null;
        }

        public Optional<T> toOptional() {
            return Optional.ofNullable(value);
        }
    }

    /** Said when the text is no date at all (the screen adds an example from the case's 年度). */
    public static final String UNREADABLE_DATE = "日付として読めません";
    public static final String UNREADABLE_MONTH = "年月として読めません";

    private static final String ERA = "(令和|平成|昭和|大正|明治|[RrHhSsTtMm])";
    private static final String SEP = "\\s*[年./-]\\s*";
    private static final String SEP_MONTH = "\\s*[月./-]\\s*";
    private static final Pattern WAREKI = Pattern.compile(
            "^" + ERA + "\\s*(元|\\d{1,2})" + SEP + "(\\d{1,2})" + SEP_MONTH + "(\\d{1,2})\\s*日?$");
    private static final Pattern WESTERN = Pattern.compile("^(\\d{4})" + SEP + "(\\d{1,2})" + SEP_MONTH + "(\\d{1,2})\\s*日?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    /** The day of the week people copy along with a date: （水）, (水), （水曜日）. */
    private static final Pattern WEEKDAY = Pattern.compile("\\s*\\(\\s*([日月火水木金土])(?:曜日?)?\\s*\\)\\s*$");
    private static final Pattern WAREKI_MONTH = Pattern.compile("^" + ERA + "\\s*(元|\\d{1,2})" + SEP + "(\\d{1,2})\\s*月?$");
    private static final Pattern WESTERN_MONTH = Pattern.compile("^(\\d{4})" + SEP + "(\\d{1,2})\\s*月?$");
    private static final Pattern COMPACT_MONTH = Pattern.compile("^(\\d{4})(\\d{2})$");

    /** Full-width letters, digits and signs (２０１９／５／１, Ｒ１．５．１, （水）), ㍻ and ㋿ made plain. */
    static String normalise(String text) {
        return Text.toHalfWidthDigits(Normalizer.normalize(text, Normalizer.Form.NFKC)).strip();
    }

    /**
     * Reads a date as people type it: 2022-09-20, 2022/9/20, 20220920, 2022年9月20日, 2022年9月20日（火）, 令和4年9月20日,
     * R4.9.20, H31.4.30, S64.1.7, 令和元年5月1日, full-width forms (２０１９／５／１, Ｒ１．５．１). A date that does not exist
     * gets its own message: 2019/2/30, 平成31年5月1日 (令和元年 began on 5月1日), a weekday that does not fit.
     */
    public static Reading<LocalDate> read(String text) {
        if (text == null || text.isBlank()) {
            return Reading.refused(UNREADABLE_DATE);
        }
        String s = normalise(text);
        String weekday = null;
        Matcher wd = WEEKDAY.matcher(s);
        if (wd.find()) {
            weekday = wd.group(1);
            s = s.substring(0, wd.start()).strip();
        }
        Reading<LocalDate> r = readDate(s);
        if (r.ok() && weekday != null && !weekday.equals(dayOfWeek(r.value()))) {
            return Reading.refused(western(r.value()) + "です（" + weekday + "曜日ではありません）");
        }
        return r;
    }

    private static Reading<LocalDate> readDate(String s) {
        Matcher m = WESTERN.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
        }
        if (m.matches()) {
            return calendarDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), "");
        }
        m = WAREKI.matcher(s);
        if (!m.matches()) {
            return Reading.refused(UNREADABLE_DATE);
        }
        JapaneseEra era = eraOf(m.group(1));
        int yearOfEra = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
        String name = eraName(era);
        if (yearOfEra < 1) {
            return Reading.refused(name + "は元年（1年）からです");
        }
        int month = Integer.parseInt(m.group(3));
        int day = Integer.parseInt(m.group(4));
        String typed = name + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年" + month + "月" + day + "日";
        Reading<LocalDate> r = calendarDate(eraStart(era).getYear() + yearOfEra - 1, month, day, typed);
        if (!r.ok()) {
            return r;
        }
        LocalDate d = r.value();
        if (d.isBefore(eraStart(era))) {
            return Reading.refused(typed + "はありません：" + name + "は" + wareki(eraStart(era)) + "からです（"
                    + western(d) + "は" + wareki(d) + "）");
        }
        JapaneseEra next = nextEra(era);
        if (next != null && !d.isBefore(eraStart(next))) {
            LocalDate last = eraStart(next).minusDays(1);
            return Reading.refused(typed + "はありません：" + name + "は" + wareki(last) + "までです（" + western(d) + "は"
                    + wareki(d) + "）");
        }
        return r;
    }

    /** A real day of the calendar, or why not (2月30日, 13月). */
    private static Reading<LocalDate> calendarDate(int year, int month, int day, String typed) {
        String what = typed.isEmpty() ? year + "年" + month + "月" + day + "日" : typed;
        if (month < 1 || month > 12) {
            return Reading.refused(what + "はありません（月は1〜12です）");
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            return Reading.refused(what + "はありません（" + (typed.isEmpty() ? year + "年" : "") + month + "月は" + length + "日までです）");
        }
        LocalDate d = LocalDate.of(year, month, day);
        if (d.isBefore(FIRST_DAY)) {
            return Reading.refused(what + "は扱えません（明治6年1月1日以降の日付を入力してください）");
        }
        return Reading.of(d);
    }

    /** The first day the Japanese calendar of java.time (and this app) knows: 明治6年1月1日. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1873, 1, 1);

    /** Empty when the text is no real date; {@link #read} says why. */
    public static Optional<LocalDate> parse(String text) {
        return read(text).toOptional();
    }

    /**
     * Reads a month as people type it: 2026/4, 2026-04, 202604, 2026年4月, 令和8年4月, R8.4, 令和元年5月, or a full date (its
     * month). A month that does not exist in its era (令和元年4月: 令和 began in May 2019) gets its own message.
     */
    public static Reading<YearMonth> readMonth(String text) {
        if (text == null || text.isBlank()) {
            return Reading.refused(UNREADABLE_MONTH);
        }
        String s = normalise(text);
        Matcher m = WESTERN_MONTH.matcher(s);
        if (!m.matches()) {
            m = COMPACT_MONTH.matcher(s);
        }
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            return month < 1 || month > 12 ? Reading.refused(m.group(1) + "年" + month + "月はありません（月は1〜12です）")
                    : Reading.of(YearMonth.of(Integer.parseInt(m.group(1)), month));
        }
        m = WAREKI_MONTH.matcher(s);
        if (m.matches()) {
            JapaneseEra era = eraOf(m.group(1));
            int yearOfEra = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
            String name = eraName(era);
            int month = Integer.parseInt(m.group(3));
            if (yearOfEra < 1) {
                return Reading.refused(name + "は元年（1年）からです");
            }
            String typed = name + (yearOfEra == 1 ? "元" : String.valueOf(yearOfEra)) + "年" + month + "月";
            if (month < 1 || month > 12) {
                return Reading.refused(typed + "はありません（月は1〜12です）");
            }
            YearMonth ym = YearMonth.of(eraStart(era).getYear() + yearOfEra - 1, month);
            // the month exists in the era if any of its days does (令和元年5月, 平成31年4月)
            if (ym.atEndOfMonth().isBefore(eraStart(era))) {
                return Reading.refused(typed + "はありません：" + name + "は" + wareki(eraStart(era)) + "からです");
            }
            JapaneseEra next = nextEra(era);
            if (next != null && !ym.atDay(1).isBefore(eraStart(next))) {
                return Reading.refused(typed + "はありません：" + name + "は" + wareki(eraStart(next).minusDays(1)) + "までです");
            }
            if (ym.atEndOfMonth().isBefore(FIRST_DAY)) {
                return Reading.refused(typed + "は扱えません（明治6年1月1日以降を入力してください）");
            }
            return Reading.of(ym);
        }
        Reading<LocalDate> date = read(s);
        if (date.ok()) {
            return Reading.of(YearMonth.from(date.value()));
        }
        return UNREADABLE_DATE.equals(date.error()) ? Reading.refused(UNREADABLE_MONTH) : Reading.refused(date.error());
    }

    /** Empty when it is no real month; {@link #readMonth} says why. */
    public static Optional<YearMonth> parseMonth(String text) {
        return readMonth(text).toOptional();
    }

    private static final Pattern FISCAL_WESTERN = Pattern.compile("^(\\d{4})\\s*(?:年度?)?$");
    private static final Pattern FISCAL_WAREKI = Pattern.compile("^" + ERA + "\\s*(元|\\d{1,2})\\s*(?:年度?)?$");

    /**
     * A 年度 as people type it: 2019, 2019年度, 令和元年度, 平成31年度, H1, R8年度, or the label 令和4年度（2022年度）. The era is the
     * one in force on the first of April (2019年度 is 平成31年度; 令和元年度 is read as the same 年度).
     */
    public static Optional<Integer> parseFiscalYear(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = normalise(text).replaceAll("\\s*\\(.*\\)$", "");
        Matcher m = FISCAL_WESTERN.matcher(s);
        if (m.matches()) {
            return Optional.of(Integer.parseInt(m.group(1)));
        }
        m = FISCAL_WAREKI.matcher(s);
        if (m.matches()) {
            int yearOfEra = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
            JapaneseEra era = eraOf(m.group(1));
            JapaneseEra next = nextEra(era);
            int year = eraStart(era).getYear() + yearOfEra - 1;
            if (yearOfEra < 1 || next != null && year > eraStart(next).getYear()) {
                return Optional.empty();
            }
            return Optional.of(year);
        }
        return Optional.empty();
    }

    /** The first day of an era (明治: 1868, as java.time counts it; it knows dates only from 明治6年). */
    private static LocalDate eraStart(JapaneseEra era) {
        if (era == JapaneseEra.REIWA) {
            return LocalDate.of(2019, 5, 1);
        } else if (era == JapaneseEra.HEISEI) {
            return LocalDate.of(1989, 1, 8);
        } else if (era == JapaneseEra.SHOWA) {
            return LocalDate.of(1926, 12, 25);
        } else if (era == JapaneseEra.TAISHO) {
            return LocalDate.of(1912, 7, 30);
        }
        return LocalDate.of(1868, 1, 1);
    }

    private static JapaneseEra nextEra(JapaneseEra era) {
        JapaneseEra[] eras = JapaneseEra.values();
        for (int i = 0; i < eras.length - 1; i++) {
            if (eras[i] == era) {
                return eras[i + 1];
            }
        }
        return null;
    }

    private static String dayOfWeek(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.JAPANESE);
    }

    /** 2026-04 → R8.4; April 2019 → H31.4, May 2019 → R1.5 (the era in force on the first of the month). */
    public static String warekiShort(YearMonth month) {
        JapaneseDate jd = JapaneseDate.from(month.atDay(1));
        return eraLetter(jd.getEra()) + jd.get(ChronoField.YEAR_OF_ERA) + "." + month.getMonthValue();
    }

    private static JapaneseEra eraOf(String token) {
        switch (token) {
            case "令和": case "R": case "r": return JapaneseEra.REIWA;
            case "平成": case "H": case "h": return JapaneseEra.HEISEI;
            case "昭和": case "S": case "s": return JapaneseEra.SHOWA;
            case "大正": case "T": case "t": return JapaneseEra.TAISHO;
            default: return JapaneseEra.MEIJI;
        }
    }
}
