package jp.banso.domain;

import java.math.BigDecimal;
import java.util.List;

/** Limits and checks shared by every entity's validation, so every screen says the same thing. */
public final class Rules {

    private Rules() {
    }

    /** Names, places, roles: one line. */
    public static final int SHORT_TEXT = 200;
    /** Record sections and themes: about three A4 pages of Japanese. */
    public static final int LONG_TEXT = 5_000;

    public static void maxLength(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError(field, max + "文字以内で入力してください（現在 "
                    + value.codePointCount(0, value.length()) + "文字）"));
        }
    }

    public static void noControlCharacters(List<FieldError> errors, String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                errors.add(new FieldError(field, "使用できない制御文字が含まれています"));
                return;
            }
        }
    }

    public static void shortText(List<FieldError> errors, String field, String value) {
        maxLength(errors, field, value, SHORT_TEXT);
        noControlCharacters(errors, field, value);
    }

    public static void longText(List<FieldError> errors, String field, String value) {
        maxLength(errors, field, value, LONG_TEXT);
        noControlCharacters(errors, field, value);
    }

    public static void required(List<FieldError> errors, String field, String value) {
        if (Text.isBlank(value)) {
            errors.add(new FieldError(field, "入力してください"));
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
