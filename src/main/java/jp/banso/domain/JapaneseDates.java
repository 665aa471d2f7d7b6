package jp.banso.domain;

import java.time.DateTimeException;
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

    private static final Pattern WAREKI = Pattern.compile(
            "^(令和|平成|昭和|大正|明治|[RrHhSsTtMm])\\s*(元|\\d{1,2})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?$");
    private static final Pattern WESTERN = Pattern.compile("^(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*[月./-]\\s*(\\d{1,2})\\s*日?$");

    /**
     * Reads a date as people type it: 2022-09-20, 2022/9/20, 2022年9月20日, 令和4年9月20日, R4.9.20, 令和元年5月1日.
     * Full-width digits are accepted. Empty when the text is not a real date (平成31年5月1日 does not exist: 令和元年 began on 5月1日).
     */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Text.toHalfWidthDigits(text.strip());
        try {
            Matcher w = WESTERN.matcher(s);
            if (w.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)), Integer.parseInt(w.group(3))));
            }
            Matcher j = WAREKI.matcher(s);
            if (j.matches()) {
                JapaneseEra era = eraOf(j.group(1));
                int year = "元".equals(j.group(2)) ? 1 : Integer.parseInt(j.group(2));
                JapaneseDate jd = JapaneseDate.of(era, year, Integer.parseInt(j.group(3)), Integer.parseInt(j.group(4)));
                return Optional.of(LocalDate.from(jd));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static final Pattern WAREKI_MONTH = Pattern.compile(
            "^(令和|平成|昭和|大正|明治|[RrHhSsTtMm])\\s*(元|\\d{1,2})\\s*[年./-]\\s*(\\d{1,2})\\s*月?$");
    private static final Pattern WESTERN_MONTH = Pattern.compile("^(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*月?$");

    /**
     * Reads a month as people type it: 2026/4, 2026-04, 2026年4月, 令和8年4月, R8.4, 令和元年5月, or a full date (its month).
     * Empty when it is no real month (令和元年4月 does not exist: 令和 began in May 2019).
     */
    public static Optional<YearMonth> parseMonth(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Text.toHalfWidthDigits(text.strip());
        try {
            Matcher w = WESTERN_MONTH.matcher(s);
            if (w.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2))));
            }
            Matcher j = WAREKI_MONTH.matcher(s);
            if (j.matches()) {
                JapaneseEra era = eraOf(j.group(1));
                int year = "元".equals(j.group(2)) ? 1 : Integer.parseInt(j.group(2));
                int month = Integer.parseInt(j.group(3));
                // the month exists in the era if its last day does (令和元年5月) or its first day does (平成31年4月)
                YearMonth ym = YearMonth.of(java.time.chrono.JapaneseChronology.INSTANCE.prolepticYear(era, year), month);
                if (JapaneseDate.from(ym.atEndOfMonth()).getEra() != era && JapaneseDate.from(ym.atDay(1)).getEra() != era) {
                    return Optional.empty();
                }
                return Optional.of(ym);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return parse(s).map(YearMonth::from);
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
