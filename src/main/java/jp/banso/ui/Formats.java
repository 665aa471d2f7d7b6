package jp.banso.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.banso.domain.JapaneseDates;
import jp.banso.domain.Text;

/** Display formats for screens: numbers with separators, dates as 和暦 with the Western date beside. */
public final class Formats {
    private Formats() {
    }

    /** 2022/9/20 — what a date field shows and accepts back. */
    public static String inputDate(LocalDate d) {
        return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
    }

    /** 令和4年9月20日（2022/9/20）. */
    public static String dateBoth(LocalDate d) {
        return d == null ? "" : JapaneseDates.wareki(d) + "（" + inputDate(d) + "）";
    }

    /** 令和4年9月20日　2022年9月20日（火）: beside a date field, so a typed date is read back both ways. */
    public static String dateLong(LocalDate d) {
        return d == null ? "" : JapaneseDates.wareki(d) + "　" + JapaneseDates.western(d);
    }

    /** R4.9.20 for tight table cells. */
    public static String dateShort(LocalDate d) {
        return d == null ? "" : JapaneseDates.warekiShort(d);
    }

    public static String month(YearMonth m) {
        return m == null ? "" : JapaneseDates.wareki(m);
    }

    public static String time(LocalTime t) {
        return t == null ? "" : String.format("%d:%02d", t.getHour(), t.getMinute());
    }

    public static String number(Integer n) {
        return n == null ? "—" : String.format("%,d", n);
    }

    public static String percent(BigDecimal p) {
        return p == null ? "—" : p.toPlainString() + "%";
    }

    private static final Pattern TIME = Pattern.compile("^(\\d{1,2})\\s*(?:[:：時]\\s*(\\d{1,2})\\s*分?)?$");
    private static final Pattern TIME_COMPACT = Pattern.compile("^(\\d{2})(\\d{2})$");

    /** 13:30, 1330, 13時30分, 13時, ９:００. */
    public static Optional<LocalTime> parseTime(String s) {
        String t = Text.toHalfWidthDigits(s.strip());
        Matcher m = TIME_COMPACT.matcher(t);
        if (!m.matches()) {
            m = TIME.matcher(t);
        }
        if (!m.matches()) {
            return Optional.empty();
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (h > 23 || min > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(h, min));
    }
}
