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

/**
 * Display formats for screens, one style per kind of value (docs/decisions/0007): 日付 2026年9月30日（水）,
 * 年月 2026年9月, 年度 令和8年度, 数 12,345. The styles themselves live in {@link JapaneseDates}, shared with the domain's messages.
 */
public final class Formats {
    private Formats() {
    }

    /** 2026年9月30日（水）: what screens show and what a date field is rewritten to once the cursor leaves it. */
    public static String date(LocalDate d) {
        return d == null ? "" : JapaneseDates.date(d);
    }

    /** 2026年9月30日（水） 9:05 (local time): when something was saved. */
    public static String dateTime(java.time.Instant instant) {
        if (instant == null) {
            return "";
        }
        java.time.LocalDateTime t = java.time.LocalDateTime.ofInstant(instant, java.time.ZoneId.systemDefault());
        return date(t.toLocalDate()) + " " + time(t.toLocalTime());
    }

    /** 令和8年9月30日: beside a date field, so a typed date is read back in 和暦 as well. */
    public static String dateReadBack(LocalDate d) {
        return d == null ? "" : JapaneseDates.wareki(d);
    }

    /** 2026年9月. */
    public static String month(YearMonth m) {
        return m == null ? "" : JapaneseDates.month(m);
    }

    /** 2026年4月〜2027年3月. */
    public static String monthRange(YearMonth start, YearMonth end) {
        return start == null ? "" : JapaneseDates.monthRange(start, end);
    }

    /** A meeting's day or days on screen: 2026年8月22日（土）, or 2026年8月22日〜23日 for two days. */
    public static String meetingDays(LocalDate heldOn, LocalDate endsOn) {
        if (heldOn == null) {
            return "";
        }
        return endsOn == null || endsOn.equals(heldOn) ? date(heldOn) : JapaneseDates.dayRange(heldOn, endsOn, true);
    }

    /** 例：2026/9/30、R8.9.30 — the forms people type most, with a date from the case's 年度. */
    public static String datePrompt(LocalDate example) {
        return Msg.t("prompt.date", example.getYear() + "/" + example.getMonthValue() + "/" + example.getDayOfMonth(),
                JapaneseDates.warekiShort(example));
    }

    /**
     * Why a typed date was refused: its own message for a date that does not exist (2019/2/30, 平成31年5月1日), or
     * examples from the case's 年度 for text that is no date at all.
     */
    public static String dateError(JapaneseDates.Reading<LocalDate> refused, LocalDate example) {
        return JapaneseDates.UNREADABLE_DATE.equals(refused.error())
                ? Msg.t("error.date", refused.error(), example.getYear() + "/" + example.getMonthValue() + "/" + example.getDayOfMonth(),
                        JapaneseDates.wareki(example), JapaneseDates.warekiShort(example))
                : refused.error();
    }

    public static String monthError(JapaneseDates.Reading<YearMonth> refused, YearMonth example) {
        return JapaneseDates.UNREADABLE_MONTH.equals(refused.error())
                ? Msg.t("error.month", refused.error(), example.getYear() + "/" + example.getMonthValue(), JapaneseDates.wareki(example),
                        JapaneseDates.warekiShort(example))
                : refused.error();
    }

    /** 例：2026/9、R8.9. */
    public static String monthPrompt(YearMonth example) {
        return Msg.t("prompt.month", example.getYear() + "/" + example.getMonthValue(), JapaneseDates.warekiShort(example));
    }

    public static String time(LocalTime t) {
        return t == null ? "" : String.format("%d:%02d", t.getHour(), t.getMinute());
    }

    /** 12,345; a dash for "not known" in read-only places. */
    public static String number(Integer n) {
        return n == null ? "—" : String.format("%,d", n);
    }

    /** 1,234.56: a decimal with thousands separators and only the decimals it has (empty for "not known"). */
    public static String decimal(BigDecimal d) {
        if (d == null) {
            return "";
        }
        java.text.DecimalFormat f = new java.text.DecimalFormat("#,##0.##########");
        f.setParseBigDecimal(true);
        return f.format(d);
    }

    /** 12,345 in an input field (empty for "not known"). */
    public static String numberInput(Integer n) {
        return n == null ? "" : String.format("%,d", n);
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
