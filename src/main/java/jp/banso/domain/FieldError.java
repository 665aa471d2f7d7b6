package jp.banso.domain;

/** A rule a value broke, said in Japanese, for the field it belongs to. */
public record FieldError(String field, String message) {
}
