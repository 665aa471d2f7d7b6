package jp.banso.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** Limits and checks shared by every entity's validation, so every screen says the same thing. */
public final class Rules {

    private Rules() {
    }

    /** Names, places, roles: one line. */
    public static final int SHORT_TEXT = 200;
    /** Record sections and themes: about three A4 pages of Japanese. */
    public static final int LONG_TEXT = 5_000;

    /** "#RRGGBB", or "#RRGGBBAA" with transparency. */
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?");

    public static void colour(List<FieldError> errors, String field, String value, boolean required) {
        if (value == null ? required : !COLOUR.matcher(value).matches()) {
            errors.add(new FieldError(field, "色「" + value + "」は #RRGGBB の形ではありません"));
        }
    }

    public static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError(field, max + "文字以内で入力してください（現在 "
                    + value.codePointCount(0, value.length()) + "文字）"));
        }
    }

    /** What {@link Text#refusal} says of the value, as the field's message. */
    public static void wellFormed(List<FieldError> errors, String field, String value, boolean multiLine) {
        String refusal = Text.refusal(value, multiLine);
        if (refusal != null) {
            errors.add(new FieldError(field, refusal));
        }
    }

    /** Names, places, roles: one line (no control characters at all, no tab or line break). */
    public static void shortText(List<FieldError> errors, String field, String value) {
        maxLength(errors, field, value, SHORT_TEXT);
        wellFormed(errors, field, value, false);
    }

    public static void longText(List<FieldError> errors, String field, String value) {
        maxLength(errors, field, value, LONG_TEXT);
        wellFormed(errors, field, value, true);
    }

    public static void required(List<FieldError> errors, String field, String value) {
        if (Text.isBlank(value)) {
            errors.add(new FieldError(field, "入力してください"));
        }
    }

    /** Every date of every record: within {@link JapaneseDates#FIRST_YEAR}–{@link JapaneseDates#LAST_YEAR}. */
    public static void date(List<FieldError> errors, String field, LocalDate value) {
        if (value != null && !JapaneseDates.inRange(value)) {
            errors.add(new FieldError(field, JapaneseDates.OUT_OF_RANGE));
        }
    }

    public static void nonNegative(List<FieldError> errors, String field, Number value) {
        if (value != null && value.doubleValue() < 0) {
            errors.add(new FieldError(field, "0以上の値を入力してください"));
        }
    }

    public static void percentage(List<FieldError> errors, String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.add(new FieldError(field, "0〜100の範囲で入力してください（%）"));
        }
    }
}
